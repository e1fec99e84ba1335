package jp.nerima.zaitaku.web;

import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

/**
 * A request to a page, in whichever of its three forms: the path parameter of {@code /initiatives/1-1-1.json} is
 * {@code 1-1-1}, as for the HTML page. Not tied to Jetty's request, so that a page can also be asked whether it
 * exists in another year without anyone requesting it.
 *
 * @param format "html", "json" or "csv"
 */
public record Request(String format, Map<String, String> pathParams, Map<String, List<String>> queryParams) {

    static Request of(Context ctx) {
        String path = ctx.path();
        return new Request(path.endsWith(".json") ? "json" : path.endsWith(".csv") ? "csv" : "html",
                ctx.pathParamMap(), ctx.queryParamMap());
    }

    /** The path parameter without a twin's suffix; null where the route has no such parameter. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        String suffix = "." + format;
        return value != null && !format.equals("html") && value.endsWith(suffix)
                ? value.substring(0, value.length() - suffix.length()) : value;
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
