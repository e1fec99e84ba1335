package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.nerima.zaitaku.ExportedSite;
import jp.nerima.zaitaku.TestApp;

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

    /** The address of a file of the copy, opened from the file share or from the web server. */
    private static String address(String via, String file) {
        return via.equals("file") ? ExportedSite.folder().resolve(file).toUri().toString() : ExportedSite.url(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void pagesDrawTheirChartsAndLinksLeadOn(String via) {
        browser.consoleErrors();
        browser.driver().get(address(via, "index.html"));
        assertPageWorks("index.html");
        browser.screenshot("export-" + via + "-overview");
        // Through the navigation, one folder down and back up again.
        follow(By.linkText("指標"), "/indicators.html");
        browser.driver().executeScript("document.querySelector('figure.chart').scrollIntoView()");
        browser.screenshot("export-" + via + "-indicators-chart");
        follow(By.linkText("コロナ禍の取組"), "/areas/C-1.html");
        follow(By.cssSelector("main a[href^='../initiatives/']"), "/initiatives/C-1-1.html");
        follow(By.linkText("データの確認"), "/checks.html");
        follow(By.linkText("別紙の取組"), "/activities.html");
        follow(By.cssSelector("#activities-table a"), "/activities/1.html");
        follow(By.linkText("概要"), "/index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void theActivitiesAreFilteredAndSearchedWithoutAServer(String via) {
        browser.consoleErrors();
        ActivitiesList list = new ActivitiesList(browser, address(via, "activities.html"));
        list.filtersNarrowTheRows();
        assertFalse(browser.driver().findElement(By.id("activities-charts")).isDisplayed(),
                "the charts count the whole list, so a filtered list hides them");
        assertTrue(browser.driver().findElement(By.id("charts-hidden")).isDisplayed(), "and says why");
        browser.screenshot("export-" + via + "-activities-filtered");
        list.searchMatchesWhatReadersTreatAsTheSame();
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theCopyFiltersAsTheDashboardDoes() {
        ActivitiesList dashboard = new ActivitiesList(browser, TestApp.url("/activities"));
        ActivitiesList copy = new ActivitiesList(browser, ExportedSite.url("activities.html"));
        // 6 is a hospital whose departments (7, 8) are organizations of their own.
        for (String query : List.of("q=認知症", "q=薬剤師　研修", "q=ＮＯ.１２", "involvement=共催", "org=6",
                "audience=専門職&year=2017", "org=4&q=在宅&involvement=主催", "year=1999")) {
            assertEquals(dashboard.numbersFor(query), copy.numbersFor(query), query);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void slidesMoveWithTheKeysWithoutReloadingAndEscapeLeavesForTheirPage(String via) {
        browser.driver().get(address(via, "present/1.html"));
        browser.driver().executeScript("window.sameDocument = true");
        // A folder's copy (file:) may not change its address, so there the slide is named in the fragment.
        press(Keys.ARROW_RIGHT, via.equals("file") ? "/present/1.html#slide-2" : "/present/2.html");
        press(Keys.ARROW_RIGHT, via.equals("file") ? "/present/1.html#slide-3" : "/present/3.html");
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.sameDocument"));
        assertPageWorks("present/3.html");
        press(Keys.ARROW_LEFT, via.equals("file") ? "/present/1.html#slide-2" : "/present/2.html");
        press(Keys.ESCAPE, "/index.html");
    }

    @Test
    void theCopyPrintsTheDeck() {
        browser.driver().get(address("http", "present/all.html"));
        assertPageWorks("present/all.html");
        assertTrue(browser.driver().findElements(By.cssSelector(".slide")).size() > 30);
    }

    @Test
    void theCopysHandoutPrintsAsTheDashboardsAndItsSummaryNamesTheCopy() throws IOException {
        int dashboard = Printed.pages(Printed.pdf(browser, TestApp.url("/handout"), "handout-dashboard"));
        int copy = Printed.pages(Printed.pdf(browser, address("file", "handout.html"), "handout-copy"));
        assertEquals(dashboard, copy);
        browser.driver().get(address("file", "summary.html"));
        assertEquals(address("file", "index.html"),
                browser.driver().findElement(By.className("dashboard-address")).getText());
    }

    private static void follow(By link, String file) {
        browser.driver().findElement(link).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(file));
        assertPageWorks(file);
    }

    private static void press(Keys key, String file) {
        new Actions(browser.driver()).sendKeys(key).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(file));
    }

    /** Styled by app.css, every chart painted, nothing wrong in the console. */
    private static void assertPageWorks(String file) {
        Object font = browser.driver().executeScript("return getComputedStyle(document.body).fontFamily");
        assertTrue(String.valueOf(font).contains("Noto Sans CJK JP"), file + ": no style sheet, " + font);
        assertEquals(0, browser.blankCharts().size(), file + ": a chart stayed blank");
        assertEquals(List.of(), browser.consoleErrors(), file);
    }
}
