package jp.nerima.zaitaku;

import java.util.Map;

import org.jooq.DSLContext;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.activities.ActivityDetail;
import jp.nerima.zaitaku.checks.Checks;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.indicators.Indicators;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.present.Handout;
import jp.nerima.zaitaku.present.Presentation;
import jp.nerima.zaitaku.present.PrintedPages;
import jp.nerima.zaitaku.program.Areas;
import jp.nerima.zaitaku.program.Initiatives;
import jp.nerima.zaitaku.program.LogicModel;
import jp.nerima.zaitaku.search.Search;
import jp.nerima.zaitaku.source.SourceText;
import jp.nerima.zaitaku.web.Errors;
import jp.nerima.zaitaku.web.Headers;
import jp.nerima.zaitaku.web.Pages;
import jp.nerima.zaitaku.web.PlainErrorHandler;
import jp.nerima.zaitaku.web.Reports;

/** The dashboard's routes, all in one place, on an app that is created but not started. */
public final class App {

    private App() {}

    public static Javalin create(Database db) {
        DSLContext dsl = db.dsl();
        Presentation presentation = new Presentation(dsl);
        Reports reports = new Reports(dsl, db.fingerprint());
        Pages pages = new Pages(reports, presentation::slideFor);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            Headers.install(config);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.precompress = true; // gzipped once, kept in memory
                files.headers = Map.of("Cache-Control", Headers.REVALIDATE, // not versioned, unlike webjars
                        "Vary", "Accept-Encoding");
            });
            config.staticFiles.add(webjars -> { // as enableWebjars(), but gzipped once and kept for a year
                webjars.directory = "META-INF/resources/webjars";
                webjars.precompress = true;
                webjars.headers = Map.of("Cache-Control", "max-age=31536000, immutable", "Vary", "Accept-Encoding");
            });
            // The heavy pages are made while the browser opens rather than when first clicked.
            config.events.serverStarted(() -> {
                Thread ahead = new Thread(() -> {
                    try {
                        pages.prepare();
                    } catch (RuntimeException stopped) {
                        // stopped meanwhile, or a page failed: its visitor is told, by the page, on request
                    }
                }, "pages-ahead");
                ahead.setDaemon(true);
                ahead.start();
            });
            // Pages are made in memory, once: a few threads keep both cores busy, and 200 visitors at once queue
            // for them instead of each holding a thread (and its memory) of their own.
            config.jetty.threadPool = new QueuedThreadPool(16, 4);
            // Long addresses reach the dashboard, which explains what is wrong, instead of Jetty's bare 414.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            config.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrorHandler()));
        });

        pages.register(app, "/", new Overview(dsl)::page);
        pages.register(app, "/program", new LogicModel(dsl)::page);
        pages.register(app, "/areas/{code}", new Areas(dsl)::page);
        pages.register(app, "/initiatives/{code}", new Initiatives(dsl)::page);
        pages.register(app, "/indicators", new Indicators(dsl)::page);
        pages.register(app, "/activities", new Activities(dsl)::page);
        pages.register(app, "/activities/{no}", new ActivityDetail(dsl)::page);
        pages.register(app, "/checks", new Checks(dsl)::page);
        pages.register(app, "/source", new SourceText()::page);
        pages.register(app, "/present", presentation::page);
        pages.register(app, "/present/{number}", presentation::page);
        pages.register(app, "/handout", new Handout(dsl)::page);
        Search search = new Search(dsl, reports);
        pages.register(app, "/search", search::page, search::answer);
        app.get("/search/index.js", search::script);
        app.get("/print.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .result(PrintedPages.css(reports.of(ctx))));
        app.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));

        Errors.install(app, pages);
        return app;
    }
}
