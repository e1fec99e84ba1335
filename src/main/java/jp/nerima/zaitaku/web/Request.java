package jp.nerima.zaitaku.web;

import io.javalin.http.Context;

/**
 * A request to a page, in whichever of its three forms: the path parameter of {@code /initiatives/1-1-1.json} is
 * {@code 1-1-1}, as for the HTML page.
 *
 * @param format "html", "json" or "csv"
 */
public record Request(Context ctx, String format) {

    static Request of(Context ctx) {
        String path = ctx.path();
        return new Request(ctx, path.endsWith(".json") ? "json" : path.endsWith(".csv") ? "csv" : "html");
    }

    public String pathParam(String name) {
        String value = ctx.pathParam(name);
        String suffix = "." + format;
        return !format.equals("html") && value.endsWith(suffix) ? value.substring(0, value.length() - suffix.length())
                : value;
    }

    public String queryParam(String name) {
        return ctx.queryParam(name);
    }
}
