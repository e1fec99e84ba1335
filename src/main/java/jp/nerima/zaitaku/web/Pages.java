package jp.nerima.zaitaku.web;

import java.util.LinkedHashMap;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
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

    private final TemplateEngine templates =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "jp.nerima.zaitaku.templates");
    private final Reports reports;

    public Pages(Reports reports) {
        this.reports = reports;
    }

    /**
     * A path that ends in a parameter ({@code /initiatives/{code}}) takes its twins' suffixes in the parameter;
     * any other path gets its twins as routes of their own.
     */
    public void register(Javalin app, String path, Handler handler) {
        app.get(path, ctx -> serve(ctx, handler));
        if (!path.endsWith("}")) {
            String twin = path.equals("/") ? "/index" : path;
            app.get(twin + ".json", ctx -> serve(ctx, handler));
            app.get(twin + ".csv", ctx -> serve(ctx, handler));
        }
    }

    private void serve(Context ctx, Handler handler) {
        Request request = Request.of(ctx);
        Report report = reports.of(ctx);
        View view = handler.handle(request, report);
        switch (request.format()) {
            case "json" -> json(ctx, report, view);
            case "csv" -> csv(ctx, view);
            default -> {
                String path = ctx.path();
                Layout layout = new Layout(view.title(), report, reports.all(), path, view.table() != null);
                ctx.html(render(view.template(), layout, view.model()));
            }
        }
    }

    /** Renders a template of the shared layout; also used for error pages, which have no route of their own. */
    public String render(String template, Layout layout, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("layout", layout, "model", model), out);
        return Controls.shown(out.toString()); // JTE escapes markup, not control characters
    }

    public Layout errorLayout(Context ctx, String title) {
        Report report;
        try {
            report = reports.of(ctx);
        } catch (RuntimeException badYear) {
            report = reports.latest();
        }
        return new Layout(title, report, reports.all(), ctx.path(), false);
    }

    private static void json(Context ctx, Report report, View view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", view.title());
        body.put("fiscal_year", report.label());
        body.put("fiscal_year_gregorian", report.year());
        body.put("source", report.citation());
        body.put("data", view.model());
        ctx.json(body);
    }

    private static void csv(Context ctx, View view) {
        if (view.table() == null) throw new NotFoundResponse("このページには CSV がありません。JSON をご利用ください。");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + view.table().name() + ".csv\"");
        ctx.result(view.table().csv());
    }
}
