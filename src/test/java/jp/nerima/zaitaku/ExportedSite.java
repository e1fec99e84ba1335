package jp.nerima.zaitaku;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;


/**
 * The dashboard exported with the real command line ({@code export DIR}), once for all tests, and a plain static
 * file server for the folder, as the ward's intranet would serve it.
 */
public final class ExportedSite {

    public record Run(int exitCode, String out, String err) {}

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css", "js", "text/javascript", "json", "application/json", "csv", "text/csv; charset=utf-8",
            "svg", "image/svg+xml");
    private static Path folder;
    private static StaticServer server;

    private ExportedSite() {}

    /** Runs the command line in this JVM, as {@code java -jar zaitaku-dashboard.jar ARGS} would. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static synchronized Path folder() {
        if (folder != null) return folder;
        try {
            Path target = Files.createTempDirectory("export");
            Run run = run("export", target.toString());
            if (run.exitCode() != 0) throw new IllegalStateException(run.err());
            folder = target;
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of an exported file on a static file server that knows nothing of the dashboard. */
    public static synchronized String url(String file) {
        if (server == null) server = StaticServer.of(folder());
        return server.url(file);
    }

    /** A folder served as the ward's intranet would serve it: files by path, the query ignored, 404 for the rest. */
    public static final class StaticServer implements AutoCloseable {

        private final HttpServer server;

        private StaticServer(HttpServer server) {
            this.server = server;
        }

        public static StaticServer of(Path root) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                Path path = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                boolean found = path.startsWith(root) && Files.isRegularFile(path);
                byte[] body = found ? Files.readAllBytes(path) : "not found".getBytes(StandardCharsets.UTF_8);
                String name = path.getFileName() == null ? "" : path.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                exchange.sendResponseHeaders(found ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new StaticServer(server);
        }

        public String url(String file) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
