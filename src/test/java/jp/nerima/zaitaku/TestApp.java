package jp.nerima.zaitaku;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;
import jp.nerima.zaitaku.web.MadePages;

/**
 * The real dashboard on a free port, started once for all tests as {@code java -jar} starts it: serving the pages
 * made at build, and making any other page from the real database seeded from sql/.
 */
public final class TestApp {

    private static Database db;
    private static Javalin app;

    private TestApp() {}

    public static synchronized DSLContext dsl() {
        start();
        return db.dsl();
    }

    public static synchronized int port() {
        start();
        return app.port();
    }

    public static synchronized String url(String path) {
        start();
        return "http://127.0.0.1:" + app.port() + path;
    }

    public record Response(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .map(e -> e.getValue().get(0)).findFirst().orElse("");
        }
    }

    /** Sends the path as written, malformed escapes included, the way a browser's address bar would. */
    public static Response get(String path) {
        return fetch(url(path));
    }

    /** The same for an address on another server, such as one started on other scripts. */
    public static Response fetch(String url) {
        try {
            @SuppressWarnings("deprecation") // java.net.URI would refuse the malformed addresses the tests send
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String type = connection.getContentType();
                return new Response(status, type == null ? "" : type, body, connection.getHeaderFields());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (app != null) return;
        db = Database.load(SqlScripts.builtIn());
        MadePages made = MadePages.load();
        if (made == null) throw new IllegalStateException("no pages made at build: run the tests with Maven");
        app = App.create(made, () -> db).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
    }
}
