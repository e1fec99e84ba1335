package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.ExportedSite;
import jp.nerima.zaitaku.TestApp;

/** A reader searches from the header of any page and follows a result to the place it names, marked there. */
class SearchBrowserIT {

    private final Browser browser = new Browser(1366, 768);

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void searchFromTheHeaderAndFollowAResultToTheMarkedPlace() {
        browser.consoleErrors();
        browser.driver().get(TestApp.url("/indicators"));
        WebElement box = browser.driver().findElement(By.id("site-q"));
        box.sendKeys("看取り");
        box.submit();
        wait(d -> d.getCurrentUrl().contains("/search?q="));
        WebElement first = browser.driver().findElement(By.cssSelector(".search-group .search-results a"));
        assertEquals("目標3　在宅看取り率の増加", first.getText());
        assertEquals("看取り", first.findElement(By.tagName("mark")).getText());
        assertEquals("看取り", browser.driver().findElement(By.id("site-q")).getAttribute("value"));
        browser.screenshot("search-mitori");

        first.click();
        wait(d -> d.getCurrentUrl().endsWith("/#target-3"));
        WebElement place = browser.driver().findElement(By.id("target-3"));
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return arguments[0].matches(':target')", place));
        assertEquals("solid", browser.driver().executeScript("return getComputedStyle(arguments[0]).outlineStyle",
                place), "the place reached is marked");
        Number top = (Number) browser.driver().executeScript("return arguments[0].getBoundingClientRect().top", place);
        Number height = (Number) browser.driver().executeScript("return window.innerHeight");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), "and on the screen: " + top);
        browser.screenshot("search-mitori-target");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The exported copy answers in the browser, from the index, with the dashboard's results. */
    @Test
    void theCopySearchesAsTheDashboardDoes() {
        for (String q : List.of("看取り", "けあまねじゃー", "２０１４", "えん下 研修", "平成26年〜", "見つからない言葉")) {
            String query = "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            assertEquals(results(TestApp.url("/search" + query)), results(ExportedSite.url("search.html" + query)), q);
        }
        browser.driver().get(ExportedSite.folder().resolve("search.html").toUri() + "?q="
                + URLEncoder.encode("嚥下", StandardCharsets.UTF_8));
        wait(d -> !d.findElements(By.cssSelector(".search-answer")).isEmpty());
        browser.driver().findElement(By.cssSelector("#results-initiative + ol a")).click();
        wait(d -> d.getCurrentUrl().endsWith("/initiatives/1-2-5.html#1-2-5-indicators"));
        browser.screenshot("search-export-followed");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The results' text, each result with the page and place it leads to, relative to the site's root. */
    private List<String> results(String url) {
        browser.driver().get(url);
        wait(d -> !d.findElements(By.cssSelector(".search-answer")).isEmpty());
        String root = url.substring(0, url.lastIndexOf('/') + 1);
        List<String> shown = new java.util.ArrayList<>(browser.driver().findElements(By.cssSelector(
                ".search-answer > p, .search-answer h2, .search-answer .more")).stream().map(WebElement::getText).toList());
        for (WebElement result : browser.driver().findElements(By.cssSelector(".search-results li"))) {
            String place = result.findElement(By.tagName("a")).getAttribute("href").substring(root.length())
                    .replace(".html", "").replaceFirst("^index", "");
            shown.add(result.getText() + " → " + place);
        }
        return shown;
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(condition::apply);
    }
}
