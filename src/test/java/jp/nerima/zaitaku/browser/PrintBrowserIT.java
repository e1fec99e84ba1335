package jp.nerima.zaitaku.browser;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jp.nerima.zaitaku.TestApp;

/**
 * The handout and the summary as Chromium prints them to PDF: at most 20 A4 pages for the whole report, one for the
 * summary, the report's title and as-of date on each page, and the contents list's page numbers those of the
 * printed pages. Every page is rendered to PNG (target/screenshots/handout-page-*.png) to look at.
 */
class PrintBrowserIT {

    private static final double A4_SHORT = 595, A4_LONG = 842;

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = new Browser(1366, 768);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theHandoutPrintsOnAtMostTwentyA4PagesWithTheReportNamedOnEach() throws Exception {
        Path pdf = Printed.pdf(browser, TestApp.url("/handout"), "handout");
        int pages = Printed.pages(pdf);
        assertTrue(pages <= 20, pages + " pages");
        assertEquals(String.valueOf(pages), browser.driver().findElement(By.className("handout")).getAttribute(
                "data-pages"), "each sheet on screen is one printed page");
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector(".sheet[data-overfull]")),
                "no block is taller than a page");
        assertEquals(List.of(), browser.driver().executeScript("""
                return [...document.querySelectorAll('.sheet')].map((sheet, i) => {
                  const blocks = [...sheet.querySelectorAll('h1, h2, h3, h4, caption, p, li, tr, dt, dd, figure, blockquote')]
                      .filter(e => e.offsetHeight > 0);
                  const last = blocks[blocks.length - 1];
                  return /^(H[1-4]|CAPTION)$/.test(last.tagName) ? (i + 1) + ': ' + last.textContent : null;
                }).filter(s => s);"""), "no heading is left at the foot of a page");
        List<double[]> sizes = Printed.sizes(pdf);
        assertEquals(pages, sizes.size());
        for (double[] size : sizes) {
            // A4 upright or, for the 別紙, across; Chromium rounds the millimetres to its own units.
            boolean upright = size[0] < size[1];
            assertEquals(upright ? A4_SHORT : A4_LONG, size[0], 1.5);
            assertEquals(upright ? A4_LONG : A4_SHORT, size[1], 1.5);
        }
        assertTrue(sizes.get(0)[0] < sizes.get(0)[1] && sizes.get(pages - 1)[0] > sizes.get(pages - 1)[1],
                "the summary upright, the 別紙 at the end across");

        for (int page = 1; page <= pages; page++) {
            String text = Printed.text(pdf, page);
            assertTrue(text.contains("練馬区在宅療養推進事業実施結果（令和５年３月末）"), page + ": " + text);
            assertTrue(text.contains("令和５年３月末時点"), page + ": " + text);
            assertTrue(squeezed(text).contains(page + "/" + pages), page + ": " + text);
            assertTrue(!text.contains("発表モード"), "no navigation on paper: " + text);
        }
        String first = Printed.text(pdf, 1);
        String aim = TestApp.dsl().select(FISCAL_YEAR.AIM).from(FISCAL_YEAR).fetchAny(FISCAL_YEAR.AIM);
        assertTrue(first.contains("1枚の要約") && squeezed(first).contains(squeezed(aim)), first);

        // Each entry of the contents list names the page its part starts on.
        List<WebElement> entries = browser.driver().findElements(By.cssSelector(".handout-contents li"));
        assertTrue(entries.size() > 25, entries.size() + " entries");
        List<String> wrong = new ArrayList<>();
        for (WebElement entry : entries) {
            String title = entry.findElement(By.tagName("a")).getText();
            int page = Integer.parseInt(entry.findElement(By.className("page-ref")).getText());
            if (!squeezed(Printed.text(pdf, page)).contains(squeezed(title))) wrong.add(title + " p." + page);
        }
        assertEquals(List.of(), wrong);
        Printed.images(pdf, "handout");
    }

    @Test
    void theSummaryPrintsOnOneA4Page() throws Exception {
        Path pdf = Printed.pdf(browser, TestApp.url("/summary"), "summary");
        assertEquals(1, Printed.pages(pdf));
        double[] size = Printed.sizes(pdf).get(0);
        assertEquals(A4_SHORT, size[0], 1.5);
        assertEquals(A4_LONG, size[1], 1.5);
        String text = squeezed(Printed.text(pdf, 0));
        DSLContext dsl = TestApp.dsl();
        List<String> expected = new ArrayList<>(List.of("高齢者等が安心して療養できる体制を構築する", "目標1", "目標2",
                "目標3", "令和3年1月～令和3年12月", "令和５年３月末", TestApp.url("/"),
                dsl.fetchCount(DATA_CHECK, DATA_CHECK.STATUS.in("mismatch", "unreadable")) + "件"));
        expected.addAll(dsl.select(DEATH_PLACE_SHARE.PRINTED).from(DEATH_PLACE_SHARE)
                .where(DEATH_PLACE_SHARE.TARGET_POSITION.isNotNull()).fetch(DEATH_PLACE_SHARE.PRINTED));
        expected.addAll(dsl.select(RESIDENT_ANSWER.PRINTED).from(RESIDENT_ANSWER)
                .where(RESIDENT_ANSWER.TARGET_POSITION.isNotNull()).fetch(RESIDENT_ANSWER.PRINTED));
        expected.addAll(dsl.select(RESULT_FIGURE.PRINTED).from(RESULT_FIGURE).where(RESULT_FIGURE.HEADLINE.isTrue())
                .fetch(RESULT_FIGURE.PRINTED));
        assertTrue(expected.size() > 30, expected.toString());
        assertEquals(List.of(), expected.stream().filter(e -> !text.contains(squeezed(e))).toList(), text);
        Printed.images(pdf, "summary");
    }

    @Test
    void anyPagePrintsOnA4WithoutItsNavigation() throws Exception {
        Path pdf = Printed.pdf(browser, TestApp.url("/indicators"), "indicators");
        String info = Printed.run("pdfinfo", pdf.toString());
        assertTrue(info.contains("(A4)"), info);
        String text = Printed.run("pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("指標") && text.contains("令和５年３月末時点"), text);
        assertTrue(!text.contains("体系図") && !text.contains("別紙の取組"), "the navigation is not printed");
        assertTrue(!text.matches("(?s).*出典 \\d+.*"), "no line numbers of the extracted text on paper: " + text);
    }

    @Test
    void theDeckPrintsOneSixteenByNinePagePerSlideWithItsChartsDrawn() throws Exception {
        Path pdf = Printed.pdf(browser, TestApp.url("/present/all"), "present-all");
        int slides = browser.driver().findElements(By.cssSelector(".slide")).size();
        assertEquals(slides, Printed.pages(pdf));
        String info = Printed.run("pdfinfo", pdf.toString());
        // 1280x720 CSS pixels are 960x540 points: PowerPoint's 16:9.
        assertTrue(info.matches("(?s).*Page size:\\s+960 x 540 pts.*"), info);
        String last = Printed.text(pdf, slides);
        assertTrue(last.contains("データの確認") && last.replaceAll("\\s", "").contains(slides + "/" + slides), last);
        Printed.images(pdf, "present-all");
    }

    /** Text without its line breaks and spaces (the ideographic too), which the PDF puts where lines wrap. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
