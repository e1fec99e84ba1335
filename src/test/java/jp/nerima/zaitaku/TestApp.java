package jp.nerima.zaitaku;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jooq.DSLContext;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/**
 * The real dashboard on a free port against the real database seeded from sql/, started once for all tests.
 */
public final class TestApp {

    private static Database db;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestApp() {}

    public static synchronized DSLContext dsl() {
        start();
        return db.dsl();
    }

    public static synchronized String url(String path) {
        start();
        return "http://127.0.0.1:" + app.port() + path;
    }

    public record Response(int status, String contentType, String body) {}

    public static Response get(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (app != null) return;
        db = Database.load(SqlScripts.builtIn());
        app = App.create(db).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
    }
}
