package jp.nerima.zaitaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shared intranet server meets: readers who leave mid-download, requests that never finish, a flood of
 * them at once. The dashboard keeps answering and its console stays as quiet as on a calm day.
 */
class FaultTest {

    @TempDir
    Path folder;

    @Test
    void rudeClientsNeitherStopTheServerNorFillItsConsole() throws Exception {
        MainProcess server = MainProcess.start(folder);
        try {
            int port = server.port();
            List<Socket> unfinished = new ArrayList<>();
            try {
                for (String start : List.of("", "GET /sou", "GET /source HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nabc")) {
                    for (int i = 0; i < 25; i++) unfinished.add(open(port, start));
                }
                ExecutorService flood = Executors.newFixedThreadPool(16);
                try {
                    List<Future<?>> sent = new ArrayList<>();
                    for (int i = 0; i < 400; i++) {
                        int n = i;
                        sent.add(flood.submit(() -> {
                            switch (n % 4) {
                                case 0 -> leaveMidDownload(port);
                                case 1 -> send(port, "GET /source HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); // never read
                                case 2 -> send(port, "\u0000\u0001 garbage \r\n\r\n");
                                default -> RawHttp.send(port, "HEAD", "/activities");
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : sent) f.get(120, TimeUnit.SECONDS);
                } finally {
                    flood.shutdownNow();
                }
                // Still answering while the unfinished requests hang on.
                RawHttp.Answer source = RawHttp.send(port, "GET", "/source");
                assertEquals(200, source.status());
                assertTrue(source.body().length > 160_000, "the whole text: " + source.body().length);
                assertEquals(200, RawHttp.send(port, "GET", "/").status());
            } finally {
                for (Socket socket : unfinished) socket.close();
            }
            assertEquals(200, RawHttp.send(port, "GET", "/initiatives/1-1-1").status());
        } finally {
            server.close();
        }
        assertEquals("", server.err(), "the console of the server, shutdown included");
    }

    private static Socket open(int port, String start) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Reads the first few KB of the 165 KB /source, then drops the connection hard (TCP reset). */
    private static void leaveMidDownload(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write("GET /source HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            in.readNBytes(4096);
        }
    }

    /** Sends a request and closes the connection without reading the answer. */
    private static void send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        }
    }
}
