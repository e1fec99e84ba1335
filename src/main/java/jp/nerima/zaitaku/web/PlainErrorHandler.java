package jp.nerima.zaitaku.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to requests Jetty refuses before the dashboard sees them (an address over 64 KB, a broken request
 * line, a path that climbs out with {@code ..} or hides it as {@code %2e%2e}): a short Japanese page with the same
 * security headers as every other answer, never Jetty's own page or a stack trace.
 */
public final class PlainErrorHandler extends ErrorHandler {

    public PlainErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Headers.SECURITY.forEach(response::setHeader);
        super.handle(target, baseRequest, request, response);
    }

    /** Requests so broken that Jetty answers them without dispatching: no request object, just the fields. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Headers.SECURITY.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void writeErrorPage(HttpServletRequest request, Writer writer, int code, String message,
                                  boolean showStacks) throws IOException {
        writer.write(page(code));
    }

    private static String page(int code) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>エラー " + code
                + "</title></head><body><h1>このアドレスでは表示できません（エラー " + code + "）</h1>"
                + "<p>アドレスが長すぎるか、形式が正しくありません。<a href=\"/\">概要ページ</a>から開き直してください。</p>"
                + "</body></html>";
    }
}
