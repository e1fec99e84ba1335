package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.TestApp;

/** Presentation mode on the council's projectors: every slide fits, draws and moves on with keys or by itself. */
class PresentationBrowserIT {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void everySlideFitsTheScreenAndDrawsItsChart(int width, int height) {
        try (Browser browser = new Browser(width, height)) {
            int count = browser.slideCount(TestApp.url("/present"));
            assertTrue(count > 20, "the targets, each area, every chart and the checks");
            assertEquals(height, ((Number) browser.driver().executeScript("return window.innerHeight")).intValue());
            for (int n = 1; n <= count; n++) {
                browser.assertSlideFits(TestApp.url("/present/" + n), "present-" + width + "-" + n);
            }
        }
    }

    @Test
    void theArrowKeysSpaceAndAClickersPageKeysMoveBetweenSlides() {
        try (Browser browser = new Browser(1280, 720)) {
            browser.driver().get(TestApp.url("/present/2"));
            press(browser, Keys.ARROW_RIGHT, "/present/3");
            press(browser, Keys.ARROW_LEFT, "/present/2");
            press(browser, Keys.PAGE_DOWN, "/present/3");
            press(browser, Keys.SPACE, "/present/4");
            press(browser, Keys.PAGE_UP, "/present/3");
            browser.driver().get(TestApp.url("/present/1"));
            press(browser, Keys.ESCAPE, TestApp.url("/"));
        }
    }

    @Test
    void anUnattendedScreenMovesOnByItselfAndStartsOverAfterTheLastSlide() {
        try (Browser browser = new Browser(1280, 720)) {
            int count = browser.slideCount(TestApp.url("/present"));
            browser.driver().get(TestApp.url("/present/" + (count - 1) + "?auto=5"));
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.until(d -> d.getCurrentUrl().endsWith("/present/" + count + "?auto=5"));
            wait.until(d -> d.getCurrentUrl().endsWith("/present/1?auto=5"));
        }
    }

    @Test
    void anyPageOpenedWithPresentStartsThePresentationAtItsSlide() {
        try (Browser browser = new Browser(1280, 720)) {
            browser.driver().get(TestApp.url("/indicators?present"));
            assertTrue(browser.driver().getCurrentUrl().matches(".*/present/\\d+$"), browser.driver().getCurrentUrl());
            String kicker = browser.driver().findElement(By.className("slide-kicker")).getText();
            assertTrue(kicker.endsWith("指標"), kicker);
        }
    }

    private static void press(Browser browser, CharSequence key, String path) {
        new Actions(browser.driver()).sendKeys(key).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(path));
    }
}
