package jp.nerima.zaitaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page as the browser parses it, to tell what the server wrote as markup from text that only looks like it. */
public final class Markup {

    /** What a page never holds: control characters but tab and line breaks, bidi overrides, noncharacters. */
    public static final Pattern HIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

    private Markup() {}

    public static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /**
     * Nothing in the page can run: scripts come only as files from this server, no element has an event handler
     * or a javascript: address, and no element that could load or run something is there at all.
     */
    public static void assertInert(String where, String html) {
        Document page = parse(html);
        for (Element script : page.select("script")) {
            assertTrue(script.attr("src").matches("/(static|webjars)/[\\w./-]+\\.js"), where + ": " + script);
            assertEquals("", script.data().strip(), where + ": inline script " + script);
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), where + ": event handler in " + element.cssSelector());
                assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                        where + ": " + name + " of " + element.cssSelector());
            }
        }
        assertEquals(0, page.select("img, svg, iframe, frame, object, embed, base, meta[http-equiv]").size(),
                where + ": " + page.select("img, svg, iframe, frame, object, embed, base, meta[http-equiv]"));
        assertFalse(HIDDEN.matcher(html).find(), where + ": a hidden character in the markup");
    }
}
