package jp.nerima.zaitaku;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jooq.DSLContext;

import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.activities.ActivityDetail;
import jp.nerima.zaitaku.checks.Checks;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.indicators.Indicators;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.present.Handout;
import jp.nerima.zaitaku.present.Presentation;
import jp.nerima.zaitaku.present.PrintedPages;
import jp.nerima.zaitaku.present.Summary;
import jp.nerima.zaitaku.program.Areas;
import jp.nerima.zaitaku.program.Initiatives;
import jp.nerima.zaitaku.program.LogicModel;
import jp.nerima.zaitaku.search.MadeSearch;
import jp.nerima.zaitaku.search.Search;
import jp.nerima.zaitaku.source.SourceText;
import jp.nerima.zaitaku.web.Errors;
import jp.nerima.zaitaku.web.Headers;
import jp.nerima.zaitaku.web.MadePages;
import jp.nerima.zaitaku.web.Pages;
import jp.nerima.zaitaku.web.PlainErrorHandler;
import jp.nerima.zaitaku.web.Reports;

/** The dashboard's routes, all in one place, on an app that is created but not started. */
public final class App {

    /**
     * What the pages are made from: the database, its fiscal years, the slides (every page can be opened at its
     * own) and the search, these two made on first use: they load every feature's classes, which the first page
     * does not need.
     */
    private record Sources(DSLContext dsl, Reports reports, Supplier<Presentation> presentation,
                           Supplier<Search> search) {}

    /** Every page, in the order of the navigation, and how its handler is made from the database. */
    private static final Map<String, Function<Sources, Pages.Handler>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/", s -> new Overview(s.dsl())::page);
        PAGES.put("/program", s -> new LogicModel(s.dsl())::page);
        PAGES.put("/areas/{code}", s -> new Areas(s.dsl())::page);
        PAGES.put("/initiatives/{code}", s -> new Initiatives(s.dsl())::page);
        PAGES.put("/indicators", s -> new Indicators(s.dsl())::page);
        PAGES.put("/activities", s -> new Activities(s.dsl())::page);
        PAGES.put("/activities/{no}", s -> new ActivityDetail(s.dsl())::page);
        PAGES.put("/checks", s -> new Checks(s.dsl())::page);
        PAGES.put("/source", s -> new SourceText()::page);
        PAGES.put("/present", s -> s.presentation().get()::page);
        PAGES.put("/present/{number}", s -> s.presentation().get()::page);
        PAGES.put("/handout", s -> new Handout(s.dsl())::page);
        PAGES.put("/summary", s -> new Summary(s.dsl())::page);
        PAGES.put("/search", s -> s.search().get()::page);
    }

    /**
     * How a page with parameters is found without being made: the navigation asks for the COVID area on every
     * page, and the year menu for the page shown in each other year.
     */
    private static final Map<String, Function<Sources, Pages.Finder>> FINDERS = Map.of(
            "/areas/{code}", s -> new Areas(s.dsl())::exists,
            "/initiatives/{code}", s -> new Initiatives(s.dsl())::exists);

    private App() {}

    /** Every page made from the database as it is asked for: the dashboard of --data, of the build and of tests. */
    public static Javalin create(Database db) {
        return create(null, () -> db);
    }

    /**
     * The pages made at build served as they are; any other address (a search, a filter nobody links to, an error)
     * is made from the database, which is seeded on the first such request.
     *
     * @param made null to make every page from the database
     */
    public static Javalin create(MadePages made, Supplier<Database> database) {
        Supplier<Sources> sources = once(() -> sources(database.get()));
        Pages pages = new Pages(() -> live(sources.get()));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            Headers.install(config);
            if (made != null) { // behind Headers, so that made pages say the same about themselves
                config.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(made), "/*",
                        EnumSet.of(DispatcherType.REQUEST)));
            }
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
            // Without pages made at build, the heavy ones are made while the browser opens rather than when first
            // clicked.
            if (made == null) config.events.serverStarted(() -> prepareAhead(pages));
            // Pages are served from memory: a few threads keep both cores busy, and 200 visitors at once queue
            // for them instead of each holding a thread (and its memory) of their own.
            config.jetty.threadPool = new QueuedThreadPool(16, 4);
            // Long addresses reach the dashboard, which explains what is wrong, instead of Jetty's bare 414.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            config.jetty.modifyServer(server -> server.setErrorHandler(new PlainErrorHandler()));
        });

        PAGES.keySet().forEach(path -> pages.register(app, path));
        app.get("/search/index.js", ctx -> sources.get().search().get().script(ctx));
        app.get("/print.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .result(PrintedPages.css(pages.reports().of(ctx))));
        app.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));

        Errors.install(app, pages);
        if (made != null) app.before("/search", new MadeSearch(made)::answer); // after the checks of Errors
        return app;
    }

    private static Sources sources(Database db) {
        DSLContext dsl = db.dsl();
        Reports reports = new Reports(dsl, db.fingerprint());
        return new Sources(dsl, reports, once(() -> new Presentation(dsl)), once(() -> new Search(dsl, reports)));
    }

    private static Pages.Live live(Sources sources) {
        Map<String, Pages.Handler> handlers = new LinkedHashMap<>();
        PAGES.forEach((path, handler) -> handlers.put(path, lazily(() -> handler.apply(sources))));
        Map<String, Pages.Finder> finders = new LinkedHashMap<>();
        FINDERS.forEach((path, finder) -> finders.put(path, finder.apply(sources)));
        return new Pages.Live(sources.reports(), handlers, finders,
                Map.of("/search", (page, request, report) -> sources.search().get().answer(page, request, report)),
                (report, path) -> sources.presentation().get().slideFor(report, path));
    }

    /**
     * A page's handler, made on its first request: with --data, the first page then loads the classes of its own
     * feature only, while the database is still being seeded on the other core.
     */
    private static Pages.Handler lazily(Supplier<Pages.Handler> maker) {
        Supplier<Pages.Handler> handler = once(maker);
        return (request, report) -> handler.get().handle(request, report);
    }

    /** Made on first use, once. */
    private static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) made = maker.get();
                return made;
            }
        };
    }

    private static void prepareAhead(Pages pages) {
        Thread ahead = new Thread(() -> {
            try {
                pages.prepare();
            } catch (RuntimeException stopped) {
                // stopped meanwhile, or a page failed: its visitor is told, by the page, on request
            }
        }, "pages-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }
}
