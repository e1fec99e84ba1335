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

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page as Chromium prints it to PDF, as the browser's own print does (DevTools Page.printToPDF), saved under
 * target/screenshots/ and read with poppler-utils.
 */
final class Printed {

    private Printed() {}

    /** Loads the page at the address, waits for its charts, prints it to target/screenshots/NAME.pdf. */
    static Path pdf(Browser browser, String url, String name) throws IOException {
        browser.driver().get(url);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("canvas[data-chart]")).stream().allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        Map<String, Object> result = browser.driver().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        Path pdf = Browser.SCREENSHOTS.resolve(name + ".pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, Base64.getDecoder().decode((String) result.get("data")));
        return pdf;
    }

    static int pages(Path pdf) throws IOException {
        String info = run("pdfinfo", pdf.toString());
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(m.find(), info);
        return Integer.parseInt(m.group(1));
    }

    /** Width and height in points of each page. */
    static List<double[]> sizes(Path pdf) throws IOException {
        String info = run("pdfinfo", "-f", "1", "-l", String.valueOf(pages(pdf)), pdf.toString());
        return Pattern.compile("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info).results()
                .map(m -> new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}).toList();
    }

    /** The text of one page, or of all with page 0, in the order Chromium wrote it (cell by cell). */
    static String text(Path pdf, int page) throws IOException {
        return page == 0 ? run("pdftotext", "-raw", pdf.toString(), "-")
                : run("pdftotext", "-raw", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
    }

    /** Every page as target/screenshots/NAME-page-N.png, to look at. */
    static void images(Path pdf, String name) throws IOException {
        run("pdftoppm", "-r", "70", "-png", pdf.toString(), Browser.SCREENSHOTS.resolve(name + "-page").toString());
    }

    static String run(String... command) throws IOException {
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
