package jp.nerima.zaitaku.web;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.jetty.server.handler.ErrorHandler;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The answer to requests Jetty refuses before the dashboard sees them (an address over 64 KB, a broken request
 * line): a short Japanese page, never Jetty's own page or a stack trace.
 */
public final class PlainErrorHandler extends ErrorHandler {

    public PlainErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void writeErrorPage(HttpServletRequest request, Writer writer, int code, String message,
                                  boolean showStacks) throws IOException {
        writer.write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>エラー " + code
                + "</title></head><body><h1>このアドレスでは表示できません（エラー " + code + "）</h1>"
                + "<p>アドレスが長すぎるか、形式が正しくありません。<a href=\"/\">概要ページ</a>から開き直してください。</p>"
                + "</body></html>");
    }
}
