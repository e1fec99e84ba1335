package jp.nerima.zaitaku.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;

/**
 * Publishes every page at one URL scheme, as Datasette does: {@code /path} is HTML, {@code /path.json} the same
 * data as JSON and {@code /path.csv} its main table. The root's twins are {@code /index.json} and
 * {@code /index.csv}.
 */
public final class Pages {

    /** A page: the data for one request, given the report the reader chose. */
    @FunctionalInterface
    public interface Handler {
        View handle(Request request, Report report);
    }

    /** Turns the page made without a query into the answer to one: the search puts its results into its page. */
    @FunctionalInterface
    public interface Answer {
        String html(String emptyPage, Request request, Report report);
    }

    /** Loaded with the first page made here, not at the start: made pages need no templates. */
    private static final class Templates {
        static final TemplateEngine ENGINE =
                TemplateEngine.createPrecompiled(null, ContentType.Html, null, "jp.nerima.zaitaku.templates");
    }

    /**
     * Whether a page with parameters is in a report, told without making it: the navigation and the year menu ask
     * on every page.
     */
    @FunctionalInterface
    public interface Finder {
        boolean exists(Report report, Map<String, String> params);
    }

    /** The number of the slide that shows a page of a report, for pages opened with ?present. */
    @FunctionalInterface
    public interface SlideFinder {
        int slideFor(Report report, String path);
    }

    /**
     * What the pages are made of: the fiscal years of the database, the handler of each route (by its pattern,
     * {@code /initiatives/{code}}), how some of those routes find their pages without making them (the others
     * are made to see), the routes whose query is answered in their page made without it, and the slide of each
     * page.
     */
    public record Live(Reports reports, Map<String, Handler> routes, Map<String, Finder> finders,
                       Map<String, Answer> answers, SlideFinder slides) {}

    // The data is read only: a page is made once. 16 MB holds every page of a year many times over.
    private final PageCache cache = new PageCache(16L << 20);
    private final Supplier<Live> maker;
    private volatile Live live;
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<PageCache.Page>> inMaking = new ConcurrentHashMap<>();

    /**
     * @param live made on the first request that needs it: where pages were made at build, maybe never, and the
     *             database with it
     */
    public Pages(Supplier<Live> live) {
        this.maker = live;
    }

    private Live live() {
        Live made = live;
        if (made != null) return made;
        synchronized (this) {
            if (live == null) live = maker.get();
            return live;
        }
    }

    public Reports reports() {
        return live().reports();
    }

    /**
     * Routes a path to the handler of that pattern. A path that ends in a parameter ({@code /initiatives/{code}})
     * takes its twins' suffixes in the parameter; any other path gets its twins as routes of their own.
     */
    public void register(Javalin app, String path) {
        app.get(path, ctx -> serve(ctx, path));
        if (!path.endsWith("}")) {
            String twin = path.equals("/") ? "/index" : path;
            app.get(twin + ".json", ctx -> serve(ctx, path));
            app.get(twin + ".csv", ctx -> serve(ctx, path));
        }
    }

    private void serve(Context ctx, String route) throws IOException {
        String address = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        PageCache.Page page = cache.get(address);
        if (page == null) page = madeOnce(address, () -> make(ctx, live().routes().get(route)));
        if (page != null) page.writeTo(ctx);
    }

    /**
     * Makes the pages without parameters of the latest report before anyone asks: the data cannot change, and the
     * handout and the presentation take a second each to make. Meant for a thread of its own after the start.
     */
    public void prepare() {
        Report latest = reports().latest();
        live().routes().forEach((path, handler) -> {
            if (path.contains("{") || cache.get(path + "?") != null) return;
            try {
                madeOnce(path + "?", () -> html(handler.handle(new Request("html", Map.of(), Map.of()), latest),
                        latest, path));
            } catch (RuntimeException failed) {
                // its visitor will be told, by the page itself; the other pages are still made
            }
        });
    }

    /** Whether the answer to an address ({@code /handout?}, path and query) is made and kept. */
    boolean made(String address) {
        return cache.get(address) != null;
    }

    /**
     * Makes a page that is not in the cache, once: those who ask for it meanwhile wait for it rather than make it
     * again, so that many visitors right after the start do not make the handout many times over.
     *
     * @param maker null where the request is redirected instead
     */
    private PageCache.Page madeOnce(String address, Supplier<PageCache.Page> maker) {
        CompletableFuture<PageCache.Page> making = new CompletableFuture<>();
        CompletableFuture<PageCache.Page> earlier = inMaking.putIfAbsent(address, making);
        if (earlier != null) {
            PageCache.Page page = earlier.join();
            return page != null ? page : maker.get(); // an error page or a redirect: each request gets its own
        }
        PageCache.Page page = null;
        try {
            page = maker.get();
            if (page != null) cache.put(address, page);
            return page;
        } finally {
            inMaking.remove(address, making);
            making.complete(page); // also when making failed, so that no one waits for ever
        }
    }

    /** The page for the request, or null where the request is redirected instead. */
    private PageCache.Page make(Context ctx, Handler handler) {
        Request request = Request.of(ctx);
        Reports reports = reports();
        Report report = reports.of(ctx);
        View view = handler.handle(request, report);
        String table = ctx.queryParam("table");
        return switch (request.format()) {
            case "json" -> json(ctx, report, view.title(), table == null ? view.model() : chartTable(view, table));
            case "csv" -> csv(table == null ? view.table() : chartTable(view, table));
            default -> {
                String path = ctx.path();
                if (ctx.queryParam("present") != null && !path.startsWith("/present")) {
                    // Only a page that exists starts the presentation: the handler above has found it.
                    ctx.redirect(new Layout(view.title(), report, reports, this::exists, path, false)
                            .link("/present/" + live().slides().slideFor(report, path)));
                    yield null;
                }
                Answer answer = live().answers().get(path);
                yield answer == null ? htmlPage(htmlText(view, report, path, conditions(ctx)))
                        : htmlPage(answer.html(htmlText(view, report, path, ""), request, report));
            }
        };
    }

    private PageCache.Page html(View view, Report report, String path) {
        return htmlPage(htmlText(view, report, path, ""));
    }

    private String htmlText(View view, Report report, String path, String conditions) {
        Layout layout = new Layout(view.title(), report, reports(), this::exists, path, view.table() != null, false,
                conditions);
        Object model = view.model() instanceof Parts parts ? rendered(parts, layout) : view.model();
        return render(view.template(), layout, model);
    }

    /** The request's query as its twins keep it: without the year (links add it), the slide or the chart table. */
    private static String conditions(Context ctx) {
        String query = ctx.queryString();
        if (query == null) return "";
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.matches("(fy|present|table|auto)(=.*)?"))
                .collect(Collectors.joining("&"));
    }

    private static PageCache.Page htmlPage(String html) {
        return PageCache.Page.of("text/html; charset=utf-8", null, html.getBytes(StandardCharsets.UTF_8));
    }

    private List<Parts.Rendered> rendered(Parts parts, Layout layout) {
        List<Parts.Rendered> rendered = new ArrayList<>();
        for (Parts.Part part : parts.parts()) {
            View view = part.view();
            rendered.add(new Parts.Rendered("part-" + (rendered.size() + 1), view.title(), part.path(),
                    render(view.template(), layout.embed(view.title(), part.path()), view.model())));
        }
        return rendered;
    }

    /**
     * Whether a page exists in a report, so that links to another year never lead to a 404: the fiscal years
     * need not have the same initiatives or areas.
     */
    boolean exists(String path, Report report) {
        Map<String, Handler> routes = live().routes();
        if (routes.containsKey(path)) return true; // a page without parameters is in every report
        String[] segments = path.split("/", -1);
        for (Map.Entry<String, Handler> route : routes.entrySet()) {
            Map<String, String> params = matched(route.getKey().split("/", -1), segments);
            if (params == null) continue;
            String key = report.year() + path;
            Boolean known = existing.get(key);
            if (known != null) return known;
            Finder finder = live().finders().get(route.getKey());
            boolean found;
            if (finder != null) {
                found = finder.exists(report, params);
            } else {
                try {
                    route.getValue().handle(new Request("html", params, Map.of()), report);
                    found = true;
                } catch (HttpResponseException absent) {
                    found = false;
                }
            }
            // Bounded, as the page cache is: any number of made-up addresses cannot fill the memory.
            if (existing.size() < 10_000) existing.put(key, found);
            return found;
        }
        return false;
    }

    /** The path parameters where a path matches a route's pattern, or null. */
    private static Map<String, String> matched(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) params.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
            else if (!pattern[i].equals(segments[i])) return null;
        }
        return params;
    }

    /** Renders a template of the shared layout; also used for error pages, which have no route of their own. */
    public String render(String template, Layout layout, Object model) {
        StringOutput out = new StringOutput();
        Templates.ENGINE.render(template, Map.of("layout", layout, "model", model), out);
        return Controls.shown(out.toString()); // JTE escapes markup, not control characters
    }

    public Layout errorLayout(Context ctx, String title) {
        Reports reports = reports();
        Report report;
        try {
            report = reports.of(ctx);
        } catch (RuntimeException badYear) {
            report = reports.latest();
        }
        return new Layout(title, report, reports, this::exists, ctx.path(), false);
    }

    /** One of the page's tables by the id of its chart, for ?table= on a twin. */
    private static Table chartTable(View view, String id) {
        List<Chart> charts = Chart.in(view.model());
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().map(Chart::table)
                .orElseThrow(() -> new NotFoundResponse("このページに表「" + id + "」はありません。"
                        + (charts.isEmpty() ? "このページのグラフの表はありません。"
                        : "このページの表: " + String.join("、", charts.stream().map(Chart::id).toList()))));
    }

    private PageCache.Page json(Context ctx, Report report, String title, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("fiscal_year", report.label());
        body.put("fiscal_year_gregorian", report.year());
        body.put("source", report.citation());
        body.put("data_version", reports().fingerprint());
        body.put("data", data);
        return PageCache.Page.of("application/json", null,
                ctx.jsonMapper().toJsonString(body, Map.class).getBytes(StandardCharsets.UTF_8));
    }

    private static PageCache.Page csv(Table table) {
        if (table == null) throw new NotFoundResponse("このページには CSV がありません。JSON をご利用ください。");
        return PageCache.Page.of("text/csv; charset=utf-8", "attachment; filename=\"" + table.name() + ".csv\"",
                table.csv().getBytes(StandardCharsets.UTF_8));
    }
}
