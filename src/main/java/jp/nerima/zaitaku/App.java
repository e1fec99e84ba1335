package jp.nerima.zaitaku;

import org.jooq.DSLContext;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.source.SourceText;
import jp.nerima.zaitaku.web.Errors;
import jp.nerima.zaitaku.web.Pages;
import jp.nerima.zaitaku.web.Reports;

/** The dashboard's routes, all in one place, on an app that is created but not started. */
public final class App {

    // Everything the pages use comes from this server: no inline script or style, nothing from elsewhere.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    private App() {}

    public static Javalin create(Database db) {
        DSLContext dsl = db.dsl();
        Pages pages = new Pages(new Reports(dsl));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });

        pages.register(app, "/", new Overview(dsl)::page);
        pages.register(app, "/source", new SourceText()::page);

        Errors.install(app, pages);
        return app;
    }
}
