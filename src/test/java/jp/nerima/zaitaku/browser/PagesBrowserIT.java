package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import jp.nerima.zaitaku.TestApp;

/** Every page in a real headless Chromium at 1366x768: it loads cleanly, draws its charts and is accessible. */
class PagesBrowserIT {

    /** One page of each kind, and the sections of the navigation. */
    static final List<String> PAGES = List.of("/", "/program", "/areas/1-1", "/areas/2-1", "/areas/C-1",
            "/initiatives/1-1-1", "/initiatives/1-2-5", "/initiatives/2-1-1", "/initiatives/2-1-6",
            "/initiatives/2-2-2", "/initiatives/C-1-3", "/indicators", "/activities", "/activities/17",
            "/activities/49", "/checks", "/source", "/handout", "/nope");

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = new Browser(1366, 768);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPageLoadsWithoutConsoleErrorsAndDrawsItsCharts() {
        return PAGES.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            browser.consoleErrors();
            browser.driver().get(TestApp.url(path));
            assertEquals("ja", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            List<WebElement> canvases = browser.driver().findElements(By.cssSelector("canvas[data-chart]"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> canvases.stream()
                    .allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
            for (WebElement canvas : canvases) assertTrue(browser.painted(canvas), path + ": a chart stayed blank");
            browser.screenshot(Browser.fileName(path));
            List<String> errors = browser.consoleErrors().stream()
                    .filter(e -> !(path.equals("/nope") && e.contains("404"))).toList();
            assertEquals(List.of(), errors, path);
        }));
    }

    @TestFactory
    Stream<DynamicTest> axeFindsNoSeriousOrCriticalViolation() {
        return PAGES.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            browser.driver().get(TestApp.url(path));
            Results results = new AxeBuilder().analyze(browser.driver());
            List<String> serious = results.getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(PagesBrowserIT::describe).toList();
            assertEquals(List.of(), serious, path);
        }));
    }

    @Test
    void chartsAreDrawnFromJsonWithoutInlineScript() {
        browser.driver().get(TestApp.url("/initiatives/1-1-1"));
        List<WebElement> scripts = browser.driver().findElements(By.tagName("script"));
        assertFalse(scripts.isEmpty());
        scripts.forEach(s -> assertFalse(s.getAttribute("src").isEmpty(), "an inline script"));
        WebElement chart = browser.driver().findElement(By.cssSelector("#chart-1-1-1-venues"));
        assertTrue(chart.findElement(By.tagName("table")).getText().contains("80人"), "the numbers as a table too");
        assertTrue(chart.findElement(By.className("chart-summary")).getText().contains("最も多いのは第2回の本会場（97人）"));
    }

    @Test
    void filtersNarrowTheActivities() {
        browser.driver().get(TestApp.url("/activities"));
        assertEquals(50, rows().size());

        new Select(browser.driver().findElement(By.id("org"))).selectByValue("4");
        submit();
        assertEquals(9, rows().size(), "練馬区薬剤師会 has rows 12-20");
        rows().forEach(r -> assertTrue(r.getText().contains("練馬区薬剤師会")));

        new Select(browser.driver().findElement(By.id("audience"))).selectByValue("区民");
        submit();
        assertEquals(List.of("12", "13", "14"), numbers());

        browser.driver().get(TestApp.url("/activities"));
        new Select(browser.driver().findElement(By.id("year"))).selectByValue("2017");
        submit();
        assertEquals(7, rows().size(), "seven activities started in 平成29年 or 平成29年度");
    }

    @Test
    void searchMatchesFullAndHalfWidthAlike() {
        browser.driver().get(TestApp.url("/activities"));
        search("ケアマネジャー");
        List<String> fullWidth = numbers();
        assertTrue(fullWidth.contains("33"), "No.33 prints ｹｱﾏﾈｼﾞｬｰ in half-width katakana");
        assertTrue(fullWidth.contains("47"), "No.47 prints ケアマネジャー in full width");

        search("ｹｱﾏﾈｼﾞｬｰ");
        assertEquals(fullWidth, numbers());

        search("2014");
        assertEquals(List.of("50"), numbers(), "No.50 prints ２０１４年 in full-width digits");

        search("該当しない言葉");
        assertEquals(0, rows().size());
        assertTrue(browser.driver().findElement(By.id("result-count")).getText().contains("0件"));
    }

    private void search(String words) {
        WebElement q = browser.driver().findElement(By.id("q"));
        q.clear();
        q.sendKeys(words);
        submit();
    }

    private void submit() {
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("result-count")).size() == 1);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#activities-table tbody tr"));
    }

    private List<String> numbers() {
        return rows().stream().map(r -> r.getAttribute("data-no")).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getNodes().stream()
                .limit(3).map(n -> n.getTarget().toString()).toList();
    }
}
