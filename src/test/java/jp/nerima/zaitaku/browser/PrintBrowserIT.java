package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.TestApp;

/**
 * The handout as Chromium prints it to PDF: A4 pages with the report's title and as-of date on each, and a page
 * rendered to PNG (target/screenshots/handout-page-*.png) to look at.
 */
class PrintBrowserIT {

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
    void theHandoutPrintsOnA4PagesWithTheReportNamedOnEach() throws Exception {
        Path pdf = print("/handout", "handout");
        String info = run("pdfinfo", pdf.toString());
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertTrue(size.find(), info);
        // A4 is 595 x 842 points; Chromium rounds the millimetres to its own units.
        assertEquals(595, Double.parseDouble(size.group(1)), 1.5, info);
        assertEquals(842, Double.parseDouble(size.group(2)), 1.5, info);
        int pages = pages(info);
        // The overview, 20 initiatives, the indicators, the 別紙 and its 50 activities, the checks: each major
        // part starts a page, so there are at least as many pages as parts, and not one per line either.
        int parts = browser.driver().findElements(By.cssSelector("article.handout-part:not(.activity)")).size();
        assertTrue(parts > 20, "parts: " + parts);
        assertTrue(pages > parts && pages < 200, pages + " pages for " + parts + " parts");

        String text = run("pdftotext", "-f", "2", "-l", "2", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("練馬区在宅療養推進事業実施結果（令和５年３月末）"), text);
        assertTrue(text.contains("令和５年３月末時点"), text);
        assertTrue(text.contains("2 / " + pages), text);
        assertTrue(!text.contains("発表モード"), "no navigation on paper: " + text);

        run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", pdf.toString(),
                Browser.SCREENSHOTS.resolve("handout-page").toString());
        assertTrue(Files.exists(Browser.SCREENSHOTS.resolve("handout-page-1.png"))
                || Files.exists(Browser.SCREENSHOTS.resolve("handout-page-001.png")));
    }

    @Test
    void anyPagePrintsOnA4WithoutItsNavigation() throws Exception {
        Path pdf = print("/indicators", "indicators");
        String info = run("pdfinfo", pdf.toString());
        assertTrue(info.contains("(A4)"), info);
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("指標") && text.contains("令和５年３月末時点"), text);
        assertTrue(!text.contains("体系図") && !text.contains("別紙の取組"), "the navigation is not printed");
    }

    @Test
    void theDeckPrintsOneSixteenByNinePagePerSlideWithItsChartsDrawn() throws Exception {
        Path pdf = print("/present/all", "present-all");
        int slides = browser.driver().findElements(By.cssSelector(".slide")).size();
        String info = run("pdfinfo", pdf.toString());
        assertEquals(slides, pages(info), info);
        // 1280x720 CSS pixels are 960x540 points: PowerPoint's 16:9.
        assertTrue(info.matches("(?s).*Page size:\\s+960 x 540 pts.*"), info);
        String last = run("pdftotext", "-f", String.valueOf(slides), "-l", String.valueOf(slides), pdf.toString(), "-");
        assertTrue(last.contains("データの確認") && last.contains(slides + " / " + slides), last);
        run("pdftoppm", "-r", "40", "-png", pdf.toString(), Browser.SCREENSHOTS.resolve("present-all-page").toString());
    }

    /** Loads the page, waits for its charts, and prints it as the browser's own print to PDF does. */
    private static Path print(String path, String name) throws IOException {
        browser.driver().get(TestApp.url(path));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("canvas[data-chart]")).stream().allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        Map<String, Object> result = browser.driver().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        Path pdf = Browser.SCREENSHOTS.resolve(name + ".pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, Base64.getDecoder().decode((String) result.get("data")));
        return pdf;
    }

    private static int pages(String info) {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(m.find(), info);
        return Integer.parseInt(m.group(1));
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
