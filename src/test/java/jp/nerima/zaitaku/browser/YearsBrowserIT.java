package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.deque.html.axecore.selenium.AxeBuilder;

import io.javalin.Javalin;
import jp.nerima.zaitaku.App;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/** With the fake FY2023 scripts loaded as --data loads them, the year-over-year charts are drawn in Chromium. */
class YearsBrowserIT {

    private static Database db;
    private static Javalin app;
    private static Browser browser;

    @BeforeAll
    static void start() throws URISyntaxException {
        db = Database.load(SqlScripts.withFolder(Path.of(YearsBrowserIT.class.getResource("/next-year").toURI())));
        app = App.create(db).start("127.0.0.1", 0);
        browser = new Browser(1366, 768);
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.stop();
        db.close();
    }

    @Test
    void theInitiativesComparisonChartsArePainted() {
        List<WebElement> charts = open("/initiatives/1-1-1", "[id=\"1-1-1-years\"]");
        assertEquals(4, charts.size(), "one per figure group");
        browser.screenshot("years-initiative");
    }

    @Test
    void theIndicatorsComparisonChartsArePainted() {
        List<WebElement> charts = open("/indicators", "#care_resource h3");
        assertEquals(7, charts.size(), "resources, providers (件 and %), deaths (人 and %), two questions");
        browser.screenshot("years-indicators");
    }

    @Test
    void theOverviewCardsShowTheYearBefore() {
        open("/", "#pillar-1");
        assertTrue(browser.driver().findElement(By.cssSelector(".card .previous")).getText()
                .contains("令和4年度: 延べ人数603名（増減 +396人）"));
        browser.screenshot("years-overview");
    }

    @Test
    void withTheYearBeforeOnTheCardsAndTheYearOverYearChartsEverySlideStillFitsTheProjector() {
        try (Browser projector = new Browser(1280, 720)) {
            String present = "http://127.0.0.1:" + app.port() + "/present/";
            int count = projector.slideCount(present + "1");
            for (int n = 1; n <= count; n++) projector.assertSlideFits(present + n, "years-present-" + n);
        }
    }

    /** Opens a page, waits for its charts, scrolls to what matters and returns the painted comparison charts. */
    private static List<WebElement> open(String path, String scrollTo) {
        browser.consoleErrors();
        browser.driver().get("http://127.0.0.1:" + app.port() + path);
        assertEquals(List.of(), browser.blankCharts(), path + ": a chart stayed blank");
        List<WebElement> compared = browser.driver().findElements(By.cssSelector(".comparison canvas[data-chart]"));
        compared.forEach(c -> assertTrue(c.getAttribute("data-chart").contains("令和4年度")
                && c.getAttribute("data-chart").contains("令和5年度"), "one series per year"));
        assertEquals(List.of(), browser.consoleErrors(), path);
        assertFalse(new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .anyMatch(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())), path);
        browser.driver().executeScript("arguments[0].scrollIntoView()",
                browser.driver().findElement(By.cssSelector(scrollTo)));
        return compared;
    }
}
