#!/usr/bin/perl
# Waits for the first 200 on / of 127.0.0.1:PORT and prints the epoch time in ms when it came. One process that
# polls every 5 ms over its own sockets: curl in a shell loop would fork twice per poll and take a core from the
# server being timed. Gives up (exit 1) when PID exits or after 60 s.
# Usage: first200.pl PORT PID
use strict;
use warnings;
use IO::Socket::INET;
use Time::HiRes qw(time sleep);

my ($port, $pid) = @ARGV;
my $deadline = time + 60;
while (time < $deadline) {
  my $socket = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port", Proto => 'tcp');
  if ($socket) {
    print $socket "GET / HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nConnection: close\r\n\r\n";
    my $status = <$socket>;
    if (defined $status && $status =~ m{^HTTP/1\.[01] 200 }) {
      printf "%d\n", time * 1000;
      exit 0;
    }
    close $socket;
  }
  exit 1 unless kill 0, $pid;
  sleep 0.005;
}
exit 1;
