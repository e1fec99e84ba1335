package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 別紙's list as a reader uses it, with the same steps and the same answers on the dashboard (filtered by the
 * server) and on its static copy (filtered in the browser by activities.js).
 */
final class ActivitiesList {

    private final Browser browser;
    private final String url;

    /** @param url the address of the unfiltered list */
    ActivitiesList(Browser browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    void filtersNarrowTheRows() {
        browser.driver().get(url);
        assertEquals(50, rows().size());

        new Select(browser.driver().findElement(By.id("org"))).selectByValue("4");
        submit();
        assertEquals(9, rows().size(), "練馬区薬剤師会 has rows 12-20");
        rows().forEach(r -> assertTrue(r.getText().contains("練馬区薬剤師会")));

        new Select(browser.driver().findElement(By.id("audience"))).selectByValue("区民");
        submit();
        assertEquals(List.of("12", "13", "14"), numbers());

        browser.driver().get(url);
        new Select(browser.driver().findElement(By.id("year"))).selectByValue("2017");
        submit();
        assertEquals(7, rows().size(), "seven activities started in 平成29年 or 平成29年度");
    }

    void searchMatchesWhatReadersTreatAsTheSame() {
        browser.driver().get(url);
        search("ケアマネジャー");
        List<String> fullWidth = numbers();
        assertTrue(fullWidth.contains("33"), "No.33 prints ｹｱﾏﾈｼﾞｬｰ in half-width katakana");
        assertTrue(fullWidth.contains("47"), "No.47 prints ケアマネジャー in full width");

        search("ｹｱﾏﾈｼﾞｬｰ");
        assertEquals(fullWidth, numbers());

        search("2014");
        assertEquals(List.of("28", "29", "38", "50"), numbers(),
                "No.50 prints ２０１４年 in full-width digits, the others 平成26年(度)～: the 開始年 filter's four");
        search("けあまねじゃー");
        assertEquals(fullWidth, numbers(), "hiragana finds katakana");

        search("該当しない言葉");
        assertEquals(0, rows().size());
        assertTrue(browser.driver().findElement(By.id("result-count")).getText().contains("0件"));
        assertTrue(browser.driver().findElement(By.id("no-match")).isDisplayed());
    }

    /** The numbers of the activities the list shows for a query (org=4&q=在宅), in order. */
    List<String> numbersFor(String query) {
        browser.driver().get(url + "?" + query);
        return numbers();
    }

    private List<String> numbers() {
        return rows().stream().map(r -> r.getAttribute("data-no")).toList();
    }

    private void search(String words) {
        WebElement q = browser.driver().findElement(By.id("q"));
        q.clear();
        q.sendKeys(words);
        submit();
    }

    /** Sends the form and waits for the page it leads to. */
    private void submit() {
        WebElement form = browser.driver().findElement(By.cssSelector("form.filters"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#activities-table tbody tr:not([hidden])"));
    }
}
