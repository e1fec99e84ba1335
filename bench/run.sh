#!/usr/bin/env bash
# Measures the built jar the way staff use it: time from `java -jar` to the first page, memory, and how fast
# the pages answer under a small load (wrk, installed from Debian's packages when missing).
# Usage: mvn -B package -DskipTests && bench/run.sh   (results are printed; copy them into BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/zaitaku-dashboard.jar
port=${PORT:-7099}
seconds=${SECONDS_PER_PAGE:-10}
[ -f "$jar" ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk
fi

start=$(date +%s%N)
java -jar "$jar" --no-browser --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1024/1024}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "jar: $(du -h "$jar" | cut -f1)"
echo "start to first page: ${ready} ms"
echo "memory after start: $(rss) MiB RSS"
echo
echo "| page | requests/s | latency p50 | p99 | bytes |"
echo "|---|---|---|---|---|"
for page in / /program /initiatives/1-1-1 /indicators "/activities" "/activities?q=%E8%AA%8D%E7%9F%A5%E7%97%87" \
            /activities/49 /checks /source /present/5 /initiatives/1-1-1.json /activities.csv; do
  url="http://127.0.0.1:$port$page"
  bytes=$(curl -s "$url" | wc -c)
  out=$(wrk -t2 -c8 -d"${seconds}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "| \`$page\` | $rps | $p50 | $p99 | $bytes |"
done
echo
echo "memory after load: $(rss) MiB RSS"
