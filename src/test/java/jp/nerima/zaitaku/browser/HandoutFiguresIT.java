package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.FiguresShown;
import jp.nerima.zaitaku.Site;
import jp.nerima.zaitaku.TestApp;

/**
 * Every figure and text of the report is on the handout as Chromium prints it, read back from the PDF: the checks
 * that every page passes, with the printed handout standing for each page, and each big figure of the overview and
 * of the areas' pages. Nothing on paper points to a line of the extracted text.
 */
class HandoutFiguresIT extends FiguresShown {

    private static final Pattern LINE_NUMBER = Pattern.compile("[0-9]{2,}(〜[0-9]+)?行");
    private static String handout;

    /** The handout's text, printed once for all the checks. */
    private static synchronized String handout() {
        if (handout == null) {
            try (Browser browser = new Browser(1366, 768)) {
                handout = Printed.text(Printed.pdf(browser, TestApp.url("/handout"), "handout-figures"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return handout;
    }

    @Override
    protected Map<String, String> pages() {
        return Site.pages().keySet().stream().map(Site::withoutFragment)
                .map(path -> path.contains("?") ? path.substring(0, path.indexOf('?')) : path)
                .distinct().collect(Collectors.toMap(path -> path, path -> handout()));
    }

    /** Lines wrap on paper where the data has no break. */
    @Override
    protected String comparable(String text) {
        return PrintBrowserIT.squeezed(text);
    }

    @Test
    void everyBigFigureOfTheOverviewAndTheAreasIsPrinted() {
        String text = comparable(handout());
        List<String> missing = Site.pages().entrySet().stream()
                .filter(e -> e.getKey().equals("/") || e.getKey().startsWith("/areas/"))
                .flatMap(e -> Jsoup.parse(e.getValue().body()).select(".big").stream().map(big -> {
                    Element figure = big.clone();
                    figure.select(".flag").remove();
                    return e.getKey() + " " + figure.text();
                }))
                .filter(f -> !text.contains(comparable(f.substring(f.indexOf(' ') + 1))))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void nothingOnPaperPointsToALineOfTheExtractedTextOrToMore() {
        String text = handout();
        assertTrue(!LINE_NUMBER.matcher(text).find(), "a line number: " + LINE_NUMBER.matcher(text).results()
                .map(m -> text.substring(Math.max(0, m.start() - 20), m.end())).toList());
        for (String link : List.of("を見る", "詳しく見る", "さらに詳しく", "出典 ")) {
            assertTrue(!text.contains(link), link);
        }
    }
}
