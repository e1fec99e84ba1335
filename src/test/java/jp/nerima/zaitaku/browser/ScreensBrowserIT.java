package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jp.nerima.zaitaku.TestApp;

/**
 * On a phone (390x844) and a laptop (1366x768): no chart label outside its chart or broken inside a word, no table
 * cell squeezed to a letter a line, nothing wider than the screen, and the 別紙's list right after its filters.
 */
class ScreensBrowserIT {

    private static final List<String> PAGES = List.of("/", "/indicators", "/activities", "/activities?org=4",
            "/initiatives/2-2-1", "/areas/C-1", "/checks", "/search?q=%E7%9C%8B%E5%8F%96%E3%82%8A");

    /** Every label of every drawn chart's category axis, measured as Chart.js placed it. */
    private static final String CHART_LABELS = """
            const found = [];
            const g = document.createElement('canvas').getContext('2d');
            const words = new Intl.Segmenter('ja', {granularity: 'word'});
            for (const canvas of document.querySelectorAll('canvas[data-drawn]')) {
              const chart = Chart.getChart(canvas);
              const width = canvas.clientWidth;
              for (const scale of Object.values(chart.scales)) {
                if (scale.type !== 'category') continue;
                for (const item of scale.getLabelItems()) {
                  const lines = [].concat(item.label);
                  g.font = item.font.string;
                  const wide = Math.max(...lines.map(l => g.measureText(l).width));
                  const x = item.options.translation[0], align = item.options.textAlign;
                  const left = align === 'right' ? x - wide : align === 'center' ? x - wide / 2 : x;
                  const name = canvas.closest('figure').id + ' 「' + lines.join('') + '」';
                  if (left < -1 || left + wide > width + 1) found.push(name + ' clipped at ' + Math.round(left));
                  const ends = new Set([...words.segment(lines.join(''))].map(s => s.index));
                  let at = 0;
                  for (const line of lines.slice(0, -1)) {
                    at += line.length;
                    if (!ends.has(at)) found.push(name + ' broken after 「' + line + '」');
                  }
                }
              }
            }
            return found;""";

    /** Table cells whose text stands about a letter or two a line. */
    private static final String SQUEEZED_CELLS = """
            const found = [];
            for (const cell of document.querySelectorAll('main table th, main table td')) {
              const text = cell.textContent.replace(/\\s+/g, '');
              if (text.length < 2 || cell.offsetParent === null) continue;
              const range = document.createRange();
              range.selectNodeContents(cell);
              const lines = Math.round(range.getBoundingClientRect().height
                  / parseFloat(getComputedStyle(cell).lineHeight));
              if (lines > 1 && lines >= text.length / 2) found.push(text + ' in ' + lines + ' lines');
            }
            return found;""";

    @ParameterizedTest
    @CsvSource({"390, 844, phone", "1366, 768, laptop"})
    void labelsAndCellsHaveTheRoomTheyNeed(int width, int height, String name) {
        try (Browser browser = new Browser(width, height)) {
            for (String path : PAGES) {
                browser.driver().get(TestApp.url(path));
                assertEquals(0, browser.blankCharts().size(), path + ": a chart stayed blank");
                browser.screenshot("screen-" + name + "-" + Browser.fileName(path));
                assertEquals(List.of(), browser.driver().executeScript(CHART_LABELS), path);
                assertEquals(List.of(), browser.driver().executeScript(SQUEEZED_CELLS), path);
                Number wide = (Number) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(wide.intValue() <= 0, path + " is wider than the screen by " + wide + "px");
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** A window made narrow after the charts were drawn (a phone turned upright) wraps their names anew. */
    @org.junit.jupiter.api.Test
    void namesWrapAnewInANarrowerWindow() throws InterruptedException {
        try (Browser browser = new Browser(1366, 768)) {
            browser.driver().get(TestApp.url("/indicators"));
            assertEquals(0, browser.blankCharts().size());
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390 + 1366
                    - ((Number) browser.driver().executeScript("return window.innerWidth")).intValue(),
                    browser.driver().manage().window().getSize().getHeight()));
            Thread.sleep(1000); // Chart.js redraws on the resize observer's next frame
            assertEquals(List.of(), browser.driver().executeScript(CHART_LABELS));
        }
    }

    @ParameterizedTest
    @CsvSource({"390, 844, phone", "1366, 768, laptop"})
    void theFirstActivityFollowsTheFilters(int width, int height, String name) {
        try (Browser browser = new Browser(width, height)) {
            for (String path : List.of("/activities", "/activities?org=4")) {
                browser.driver().get(TestApp.url(path));
                WebElement filters = browser.driver().findElement(By.cssSelector("form.filters"));
                WebElement first = browser.driver().findElement(By.cssSelector("#activities-table tbody tr"));
                double below = first.getRect().getY() - (filters.getRect().getY() + filters.getRect().getHeight());
                assertTrue(below > 0 && below < height / 3.0, path + ": the first activity is " + below
                        + "px below the filters");
                if (name.equals("laptop")) {
                    assertTrue(first.getRect().getY() < height, path + ": the first activity is below the screen");
                }
            }
            Number header = (Number) browser.driver().executeScript(
                    "return document.querySelector('header.site').getBoundingClientRect().height");
            assertTrue(header.doubleValue() < height * 0.25, "the header takes " + header + "px");
        }
    }
}
