package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
            "/activities/49", "/checks", "/source", "/handout", "/summary", "/nope");

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
            assertEquals(0, browser.blankCharts().size(), path + ": a chart stayed blank");
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
        assertTrue(chart.findElement(By.className("chart-summary")).getText()
                        .contains("内訳（本会場・同時上映・Zoom・後日上映会）を合わせると、最も多いのは第3回（242人）"),
                "a stacked chart speaks of the totals of its bars");
    }

    @Test
    void filtersNarrowTheActivities() {
        new ActivitiesList(browser, TestApp.url("/activities")).filtersNarrowTheRows();
    }

    @Test
    void searchMatchesWhatReadersTreatAsTheSame() {
        new ActivitiesList(browser, TestApp.url("/activities")).searchMatchesWhatReadersTreatAsTheSame();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getNodes().stream()
                .limit(3).map(n -> n.getTarget().toString()).toList();
    }
}
