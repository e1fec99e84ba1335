package jp.nerima.zaitaku.present;

import jp.nerima.zaitaku.web.Report;

/**
 * The running header and footer of every printed A4 page, which name the report and its as-of date. They live in
 * a stylesheet made per report because CSS cannot read them from the page, and the Content-Security-Policy keeps
 * styles out of the HTML.
 */
public final class PrintedPages {

    private PrintedPages() {}

    public static String css(Report report) {
        return "@page {\n"
                + "  size: A4;\n"
                + "  margin: 16mm 14mm 16mm;\n"
                + "  @top-left { content: " + string(report.title()) + "; font-size: 9pt; }\n"
                + "  @top-right { content: " + string(report.asOf() + "時点") + "; font-size: 9pt; }\n"
                + "  @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 9pt; }\n"
                + "}\n"
                + "@page landscape { size: A4 landscape; margin: 12mm 10mm; }\n";
    }

    /** A CSS string literal: quotes, backslashes and line breaks in the data cannot end it early. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) out.append('\\').append(Integer.toHexString(c)).append(' ');
            else out.appendCodePoint(c);
        });
        return out.append('"').toString();
    }
}
