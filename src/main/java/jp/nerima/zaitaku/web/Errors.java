package jp.nerima.zaitaku.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import jp.nerima.zaitaku.db.Database;

/**
 * Every failure answers in Japanese, in the site's layout (or as JSON for .json twins), with what to do next;
 * never a stack trace.
 */
public final class Errors {

    public record Model(int status, String heading, String message) {}

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final int LONGEST_PARAMETER = 200;
    // A '%' that does not start a two-digit hex escape: the server would otherwise drop the parameter silently.
    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private static final String NOT_STARTED = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>起動できませんでした</title></head>
            <body><h1>ダッシュボードを起動できませんでした</h1>
            <p>データ（SQLスクリプト）に問題があるため、起動を取りやめました。起動した画面（コマンドプロンプト）に、問題のある
            ファイル名と行番号が表示されています。そのファイルを直してから、もう一度起動してください。</p>
            <p lang="en">The dashboard did not start: a SQL script is broken. The console names the file and line.</p>
            </body></html>
            """;

    private Errors() {}

    public static void install(Javalin app, Pages pages) {
        app.before(Errors::onlyReading);
        app.before(Errors::checkQuery);
        app.exception(HttpResponseException.class, (e, ctx) -> show(ctx, pages, e.getStatus(), e.getMessage()));
        // Paths no route or file matches (Javalin's own message would be English and name its internals).
        app.exception(EndpointNotFound.class, (e, ctx) ->
                show(ctx, pages, 404, "お探しのページは見つかりませんでした。アドレスをご確認ください。"));
        app.exception(Exception.class, (e, ctx) -> {
            if (notSeeded(e)) {
                // A start refused for a broken script: the console says which and where, once; each visitor
                // meanwhile gets a plain page, since the layout itself needs the database.
                ctx.status(503).html(NOT_STARTED);
                return;
            }
            LOG.error("Unexpected failure on {}", ctx.path(), e);
            show(ctx, pages, 500, "申し訳ありません。表示中に問題が起きました。もう一度お試しいただき、"
                    + "続くようであれば担当者にお知らせください。");
        });
    }

    private static boolean notSeeded(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Database.NotSeeded) return true;
        }
        return false;
    }

    /** The dashboard only shows the report: nothing can be sent to it, whatever the address. */
    private static void onlyReading(Context ctx) {
        // HEAD arrives here as GET (see Headers).
        if (ctx.method() != HandlerType.GET) {
            ctx.header("Allow", "GET, HEAD");
            throw new HttpResponseException(405, "このダッシュボードは閲覧専用です。ページを開くこと（GET）だけができ、"
                    + "送信や変更（" + ctx.req().getMethod() + "）はできません。");
        }
    }

    /** Query parameters that cannot be decoded or are far too long are the reader's mistake, not ours: 400. */
    private static void checkQuery(Context ctx) {
        String query = ctx.queryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw new BadRequestResponse("アドレスの「?」以降に、読み取れない文字があります（%の後には2桁の16進数が必要です）。");
        }
        Map<String, java.util.List<String>> params = ctx.queryParamMap();
        params.forEach((name, values) -> values.forEach(value -> {
            if (value.length() > LONGEST_PARAMETER || name.length() > LONGEST_PARAMETER) {
                throw new BadRequestResponse("指定された条件（" + abbreviate(name) + "）が長すぎます。"
                        + LONGEST_PARAMETER + "文字以内で指定してください。");
            }
        }));
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static void show(Context ctx, Pages pages, int status, String message) {
        String heading = switch (status) {
            case 400 -> "指定が正しくありません";
            case 404 -> "ページが見つかりません";
            case 405 -> "この操作はできません";
            default -> "エラーが発生しました";
        };
        ctx.status(status);
        if (ctx.path().endsWith(".json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", heading);
            body.put("message", message);
            ctx.json(body);
        } else if (ctx.path().endsWith(".csv")) {
            ctx.contentType("text/plain; charset=utf-8").result(heading + ": " + message);
        } else {
            ctx.html(pages.render("error.jte", pages.errorLayout(ctx, heading), new Model(status, heading, message)));
        }
    }
}
