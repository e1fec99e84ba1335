package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing is downloaded, and the flags keep the
 * browser from reaching for the network.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--screen-info={" + width + "x" + height + "}", "--lang=ja");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // --window-size counts the browser's own frame; grow the window until the page itself has the size asked.
        List<?> frame = (List<?>) driver.executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
        driver.manage().window().setSize(new Dimension(width + ((Number) frame.get(0)).intValue(),
                height + ((Number) frame.get(1)).intValue()));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Console messages at SEVERE since the last call: script errors, failed loads, CSP violations. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Waits for charts.js to draw every chart of the page; the charts left without one painted pixel. */
    List<WebElement> blankCharts() {
        List<WebElement> canvases = driver.findElements(By.cssSelector("canvas[data-chart]"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> canvases.stream()
                .allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        return canvases.stream().filter(c -> !Boolean.TRUE.equals(driver.executeScript("""
                const c = arguments[0], g = c.getContext('2d');
                const d = g.getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
                return false;""", c))).toList();
    }

    /** The number of slides, read from the first one's footer. */
    int slideCount(String presentUrl) {
        driver.get(presentUrl);
        return Integer.parseInt(driver.findElement(By.className("slide-number")).getText().replaceAll(".*/\\s*", ""));
    }

    /**
     * Opens a slide, waits for its charts and saves a screenshot; fails unless every chart is painted, the slide fits
     * the screen without scrolling, nothing on it overflows or overlaps, and nothing is logged as an error.
     */
    void assertSlideFits(String url, String screenshot) {
        consoleErrors();
        driver.get(url);
        assertEquals(List.of(), blankCharts(), url + ": a chart stayed blank");
        screenshot(screenshot);
        Number scrolled = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Number viewport = (Number) driver.executeScript("return window.innerHeight");
        assertTrue(scrolled.intValue() <= viewport.intValue(), url + " is " + scrolled + "px tall");
        assertEquals(List.of(), slideProblems(0), url);
        assertEquals(List.of(), consoleErrors(), url);
    }

    /**
     * What is wrong with the slide shown: a box outside the slide or the window, blocks that overlap, text smaller on
     * the screen than {@code minText} px, a chart's axes at less than 90% of that (18px for 20px).
     */
    List<String> slideProblems(int minText) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) driver.executeScript("""
                const minText = arguments[0], problems = [];
                const slide = document.querySelector('.slide.current');
                const s = slide.getBoundingClientRect(), scale = s.width / slide.offsetWidth;
                const name = e => e.tagName.toLowerCase() + '.' + e.className + ' "'
                    + e.textContent.trim().slice(0, 30) + '"';
                const shown = e => !e.closest('.slide-notes, .chart-table') && e.getClientRects().length > 0;
                const controls = document.querySelector('.slide-foot').getBoundingClientRect();
                const bottom = Math.min(window.innerHeight, controls.height && !document.fullscreenElement
                    ? controls.top : window.innerHeight);
                if (s.left < -1 || s.top < -1 || s.right > window.innerWidth + 1 || s.bottom > bottom + 1) {
                  problems.push('the slide ' + JSON.stringify(s) + ' leaves the window');
                }
                for (const e of slide.querySelectorAll('*')) {
                  if (!shown(e)) continue;
                  const r = e.getBoundingClientRect();
                  if (r.width && (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1
                      || r.bottom > s.bottom + 1)) problems.push(name(e) + ' overflows the slide');
                  const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  const size = parseFloat(getComputedStyle(e).fontSize) * scale;
                  if (text && size < minText - 0.01) problems.push(name(e) + ' is ' + size.toFixed(1) + 'px');
                }
                const blocks = [...slide.querySelectorAll('.slide-kicker, h1, .slide-lines, .card, .target, '
                    + '.chart-summary, .chart-box, .chart-source, .marks, table.problems, .slide-foot-line')]
                    .filter(shown);
                blocks.forEach((a, i) => blocks.slice(i + 1).forEach(b => {
                  if (a.contains(b) || b.contains(a)) return;
                  const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
                  if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) {
                    problems.push(name(a) + ' overlaps ' + name(b));
                  }
                }));
                if (minText && typeof Chart !== 'undefined') {
                  for (const c of slide.querySelectorAll('canvas[data-chart]')) {
                    const chart = Chart.getChart(c);
                    for (const axis of Object.values(chart.options.scales)) {
                      if (axis.ticks.font.size * scale < minText * 0.9) problems.push('chart text at ' + axis.ticks.font.size);
                    }
                  }
                }
                return problems;""", minText);
        return problems;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    static String fileName(String path) {
        String name = path.equals("/") ? "overview" : path.substring(1).replaceAll("[/?=&#]", "_");
        return name.isEmpty() ? "overview" : name;
    }
}
