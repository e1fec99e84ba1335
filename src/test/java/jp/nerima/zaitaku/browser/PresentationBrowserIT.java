package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.TestApp;

/** Presentation mode on a 1280x720 projector: every slide fits, draws and moves on with the arrow keys. */
class PresentationBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = new Browser(1280, 720);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void everySlideFitsTheScreenAndDrawsItsChart() {
        browser.driver().get(TestApp.url("/present"));
        int count = Integer.parseInt(browser.driver().findElement(By.className("slide-number")).getText()
                .replaceAll(".*/\\s*", ""));
        assertTrue(count > 20, "the targets, each area, every chart and the checks");
        for (int n = 1; n <= count; n++) {
            browser.consoleErrors();
            browser.driver().get(TestApp.url("/present/" + n));
            List<WebElement> canvases = browser.driver().findElements(By.cssSelector("canvas[data-chart]"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> canvases.stream()
                    .allMatch(c -> "true".equals(c.getAttribute("data-drawn"))));
            browser.screenshot("present-" + n);
            Number height = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight");
            Number viewport = (Number) browser.driver().executeScript("return window.innerHeight");
            assertEquals(720, viewport.intValue());
            assertTrue(height.intValue() <= 720, "slide " + n + " is " + height + "px tall");
            assertEquals(List.of(), browser.consoleErrors(), "slide " + n);
        }
    }

    @Test
    void theArrowKeysMoveBetweenSlides() {
        browser.driver().get(TestApp.url("/present/2"));
        new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/present/3"));
        new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/present/2"));
    }
}
