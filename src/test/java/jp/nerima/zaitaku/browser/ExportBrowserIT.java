package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.ExportedSite;

/** The static copy opened from a file share (file://) and from a plain web server: pages, charts and links work. */
class ExportBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = new Browser(1366, 768);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void pagesDrawTheirChartsAndLinksLeadOn(String via) {
        String start = via.equals("file") ? ExportedSite.folder().resolve("index.html").toUri().toString()
                : ExportedSite.url("index.html");
        browser.consoleErrors();
        browser.driver().get(start);
        browser.driver().findElement(By.linkText("指標")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/indicators.html"), browser.driver().getCurrentUrl());
        List<WebElement> canvases = browser.driver().findElements(By.cssSelector("canvas[data-chart]"));
        assertTrue(canvases.size() > 3);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> canvases.stream()
                .allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
        browser.screenshot("export-" + via + "-indicators");
        assertEquals(List.of(), browser.consoleErrors());

        browser.driver().findElement(By.linkText("別紙の取組")).click();
        assertTrue(browser.driver().findElement(By.cssSelector(".export-only")).isDisplayed(),
                "the copy says that filtering needs the dashboard");
        assertTrue(!browser.driver().findElement(By.cssSelector("form.filters")).isDisplayed());
        browser.driver().findElement(By.cssSelector("#activities-table a")).click();
        assertTrue(browser.driver().getCurrentUrl().matches(".*/activities/\\d+\\.html"), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.consoleErrors());
    }
}
