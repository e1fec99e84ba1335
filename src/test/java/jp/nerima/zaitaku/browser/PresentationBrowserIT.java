package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.TestApp;

/**
 * Presentation mode on the council's projectors: one deck that moves without reloading, so full screen stays; every
 * slide fits and is readable from the back; PowerPoint's keys; a presenter view in a second window.
 */
class PresentationBrowserIT {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720, 20", "1920, 1080, 20", "1024, 768, 17"})
    void everySlideFitsTheScreenWithoutOverlapsAndReadably(int width, int height, int minText) {
        try (Browser browser = new Browser(width, height)) {
            int count = browser.slideCount(TestApp.url("/present/1"));
            assertTrue(count > 30, "a title, the targets, a divider per pillar, each area, every chart and the checks");
            assertEquals(List.of(), browser.blankCharts(), "every chart of the deck is drawn");
            for (int n = 1; n <= count; n++) {
                if (n > 1) press(browser, Keys.ARROW_RIGHT, "/present/" + n);
                browser.screenshot("present-" + width + "-" + n);
                assertEquals(List.of(), browser.slideProblems(minText), "slide " + n + " at " + width + "x" + height);
            }
            assertEquals(Boolean.TRUE, browser.driver().executeScript("const nav = document.querySelector("
                    + "'.slide-foot nav'); return nav.getBoundingClientRect().right <= window.innerWidth"),
                    "the controls fit the window");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void everySlideOpensByItsOwnAddress() {
        try (Browser browser = new Browser(1280, 720)) {
            int count = browser.slideCount(TestApp.url("/present"));
            for (int n = 1; n <= count; n += 7) {
                browser.assertSlideFits(TestApp.url("/present/" + n), "present-address-" + n);
                assertEquals(n + " / " + count, browser.driver().findElement(By.className("slide-number")).getText());
            }
        }
    }

    @Test
    void fullScreenStaysOnAcrossTenMovesBecauseThePageIsNeverReloaded() {
        try (Browser browser = new Browser(1280, 720)) {
            browser.driver().get(TestApp.url("/present/2"));
            browser.driver().executeScript("window.sameDocument = true");
            press(browser, "f");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.driver().executeScript("return document.fullscreenElement !== null"));
            for (int n = 3; n <= 12; n++) {
                press(browser, n % 2 == 0 ? Keys.PAGE_DOWN : Keys.ARROW_RIGHT, "/present/" + n);
                assertEquals(Boolean.TRUE, browser.driver().executeScript(
                        "return document.fullscreenElement !== null && window.sameDocument === true"), "slide " + n);
            }
            browser.screenshot("present-fullscreen-12");
            assertEquals(List.of(), browser.slideProblems(20), "in full screen the slide fills the screen");
            assertEquals(Boolean.TRUE, browser.driver().executeScript("return document.querySelector('.slide-foot')"
                    + ".getBoundingClientRect().top >= window.innerHeight"), "the controls hide until the mouse moves");
            new Actions(browser.driver()).moveByOffset(10, 10).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.driver().executeScript(
                    "return document.querySelector('.slide-foot').getBoundingClientRect().bottom <= window.innerHeight"));
            press(browser, Keys.ESCAPE);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.driver().executeScript("return document.fullscreenElement === null"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/present/12"), "Esc first leaves full screen");
        }
    }

    @Test
    void powerPointsKeysWork() {
        try (Browser browser = new Browser(1280, 720)) {
            browser.driver().get(TestApp.url("/present/2"));
            int count = browser.slideCount(TestApp.url("/present/2"));
            press(browser, Keys.ARROW_RIGHT, "/present/3");
            press(browser, Keys.ARROW_LEFT, "/present/2");
            press(browser, Keys.PAGE_DOWN, "/present/3");
            press(browser, Keys.SPACE, "/present/4");
            press(browser, Keys.PAGE_UP, "/present/3");
            press(browser, "12" + Keys.ENTER, "/present/12");
            assertEquals("12 / " + count, browser.driver().findElement(By.className("slide-number")).getText());
            assertTrue(browser.driver().findElement(By.id("slide-12")).isDisplayed());
            press(browser, Keys.END, "/present/" + count);
            press(browser, Keys.HOME, "/present/1");
            browser.driver().navigate().back();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().endsWith("/present/" + count)
                            && d.findElement(By.id("slide-" + count)).isDisplayed());

            WebElement blank = browser.driver().findElement(By.className("blank"));
            for (String key : List.of("b", ".", "w", ",")) {
                press(browser, key);
                assertTrue(blank.isDisplayed(), key + " blanks the screen");
                assertEquals(key.equals("b") || key.equals(".") ? "rgba(0, 0, 0, 1)" : "rgba(255, 255, 255, 1)",
                        blank.getCssValue("background-color"), key);
                browser.screenshot("present-blank-" + (key.equals(".") ? "dot" : key.equals(",") ? "comma" : key));
                press(browser, Keys.ARROW_RIGHT);
                assertFalse(blank.isDisplayed(), "any key brings the slide back");
                assertTrue(browser.driver().getCurrentUrl().endsWith("/present/" + count), "without moving on");
            }
            press(browser, "?");
            WebElement help = browser.driver().findElement(By.className("keys-help"));
            assertTrue(help.isDisplayed() && help.getText().contains("黒い画面"), help.getText());
            browser.screenshot("present-keys");
            press(browser, "x");
            assertFalse(help.isDisplayed());

            browser.driver().get(TestApp.url("/present/2"));
            press(browser, Keys.ESCAPE, TestApp.url("/"));
        }
    }

    @Test
    void aPresenterViewInASecondWindowDrivesTheDeckAndFollowsIt() {
        try (Browser browser = new Browser(1280, 720)) {
            WebDriver driver = browser.driver();
            driver.get(TestApp.url("/present/8"));
            String audience = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.WINDOW);
            driver.get(TestApp.url("/present/8#presenter"));
            String presenter = driver.getWindowHandle();
            WebElement notes = driver.findElement(By.className("presenter-notes"));
            assertTrue(notes.getText().contains("出典"), "the notes give each figure with its source line");
            assertTrue(driver.findElement(By.id("slide-9")).isDisplayed(), "the next slide is shown beside");
            assertTrue(driver.findElement(By.className("presenter-clock")).getText().matches("\\d\\d:\\d\\d"));
            browser.screenshot("present-presenter-8");

            press(browser, Keys.ARROW_RIGHT, "/present/9");
            driver.switchTo().window(audience);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/present/9"));
            press(browser, Keys.PAGE_DOWN, "/present/10");
            press(browser, "b");
            driver.switchTo().window(presenter);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/present/10"));
            assertTrue(driver.findElement(By.className("presenter-count")).getText().contains("黒い画面"));

            browser.driver().executeScript("localStorage.setItem('zaitaku-present-2022-started', Date.now() - 3600000)");
            driver.navigate().refresh();
            assertTrue(driver.findElement(By.className("presenter")).isDisplayed(), "a reload keeps the presenter view");
            assertTrue(driver.findElement(By.id("slide-10")).isDisplayed());
            WebElement elapsed = driver.findElement(By.className("presenter-elapsed"));
            assertTrue(elapsed.getText().startsWith("1:00:"), "and its time: " + elapsed.getText());
            driver.findElement(By.className("presenter-reset")).click();
            assertTrue(elapsed.getText().matches("0:0\\d"), "reset: " + elapsed.getText());
            press(browser, Keys.ARROW_RIGHT);
            driver.switchTo().window(audience);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/present/11")
                    && !d.findElement(By.className("blank")).isDisplayed());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void everyFigureMarkedOnThePagesIsMarkedOnASlide() {
        try (Browser browser = new Browser(1280, 720)) {
            List<String> marked = new ArrayList<>();
            for (String page : List.of("/", "/areas/1-1", "/areas/1-2", "/initiatives/1-1-1", "/initiatives/1-2-5",
                    "/activities")) {
                browser.driver().get(TestApp.url(page));
                for (WebElement flag : browser.driver().findElements(By.cssSelector("main .flag"))) {
                    String figure = ((String) browser.driver().executeScript("return arguments[0].parentElement"
                            + ".textContent", flag)).replace(flag.getText(), "").trim();
                    marked.add(figure.substring(figure.lastIndexOf('\n') + 1).trim());
                }
            }
            assertTrue(marked.size() >= 5, marked.toString());
            browser.driver().get(TestApp.url("/present/1"));
            for (String figure : marked) {
                assertEquals(Boolean.TRUE, browser.driver().executeScript("""
                        return [...document.querySelectorAll('.slide .flag')].some(f =>
                          f.parentElement.textContent.includes(arguments[0]))""", figure), figure);
            }
            // The stacked chart of the lectures prints the report's total beside the parts that do not make it.
            assertTrue(browser.driver().findElement(By.cssSelector("[data-totals*='162人']")) != null);
        }
    }

    @Test
    void theStartYearChartNamesEveryYearWithoutOverlapOnItsSlideAndItsPage() {
        try (Browser browser = new Browser(1280, 720)) {
            for (String address : List.of("/present/1", "/activities")) {
                browser.driver().get(TestApp.url(address));
                browser.blankCharts();
                assertEquals("true", browser.driver().executeScript("""
                        const chart = Chart.getChart(document.querySelector('#chart-by-year canvas'));
                        const x = chart.scales.x, room = x.width / chart.data.labels.length;
                        const ok = x.ticks.length === chart.data.labels.length && x._labelSizes.widest.width < room;
                        return ok ? 'true' : JSON.stringify([x.ticks.length, chart.data.labels.length,
                            x._labelSizes.widest.width, room, chart.data.labels]);"""),
                        address);
            }
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
            String heading = browser.driver().findElement(By.cssSelector(".slide.current h1")).getText();
            assertEquals("指標", heading);
        }
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void press(Browser browser, CharSequence key, String path) {
        press(browser, key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(path));
    }
}
