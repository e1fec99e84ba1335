package jp.nerima.zaitaku.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import jp.nerima.zaitaku.TestApp;

/**
 * On a phone (390x844) and a laptop (1366x768): no chart label outside its chart or broken inside a word, no table
 * cell squeezed to a letter a line or broken inside a word, nothing wider than the screen, and the 別紙's list right
 * after its filters.
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

    /**
     * Table cells whose text goes on to a new line inside a word: where Intl.Segmenter sees none of its words end,
     * or before a lone kanji that ends the word before it (練馬区薬剤師 / 会), which it takes for a word. Lines are
     * compared within a piece of text: cells.js parts each word into one of its own.
     */
    private static final String BROKEN_CELLS = """
            const found = [];
            const words = new Intl.Segmenter('ja', {granularity: 'word'});
            for (const cell of document.querySelectorAll('main table th, main table td')) {
              if (cell.offsetParent === null) continue;
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              let text = '', top = null;
              const breaks = [];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                top = null; // between two pieces of text, a line may end with an element (<br>, a block)
                for (let i = 0; i < node.length; i++) {
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getBoundingClientRect();
                  if (box.width > 0 && top !== null && box.top > top + box.height / 2) breaks.push(text.length);
                  if (box.width > 0) top = box.top;
                  text += node.data[i];
                }
              }
              const ends = new Set([...words.segment(text)].map(s => s.index));
              const lone = new Set([...words.segment(text)]
                  .filter(s => /^\\p{Script=Han}$/u.test(s.segment) && /\\p{Script=Han}/u.test(text[s.index - 1]))
                  .map(s => s.index));
              for (const at of breaks) {
                if (!ends.has(at) || lone.has(at)) found.push(text + ' broken after 「' + text.slice(0, at) + '」');
              }
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
                assertEquals(List.of(), browser.driver().executeScript(BROKEN_CELLS), path);
                Number wide = (Number) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth");
                assertTrue(wide.intValue() <= 0, path + " is wider than the screen by " + wide + "px");
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** Charts whose bars lie or stand otherwise than a chart drawn at the window's width would. */
    private static final String ORIENTATION = """
            const found = [];
            for (const canvas of document.querySelectorAll('canvas[data-drawn]')) {
              const spec = JSON.parse(canvas.dataset.chart);
              const lying = spec.kind === 'hbar' || (canvas.parentElement.clientWidth < 480 && spec.labels.length > 3);
              if ((Chart.getChart(canvas).options.indexAxis === 'y') !== lying) found.push(canvas.closest('figure').id);
            }
            return found;""";

    /**
     * A window made narrow after the charts were drawn (a phone turned upright) wraps their names anew, and its bars
     * lie down as they would have been drawn at that width; made wide again, they stand up.
     */
    @Test
    void chartsTakeTheOrientationOfTheirNewWidth() throws InterruptedException {
        try (Browser browser = new Browser(1366, 768)) {
            browser.driver().get(TestApp.url("/activities"));
            assertEquals(0, browser.blankCharts().size());
            int frame = browser.driver().manage().window().getSize().getWidth()
                    - ((Number) browser.driver().executeScript("return window.innerWidth")).intValue();
            List<?> standing = (List<?>) browser.driver().executeScript("""
                    return [...document.querySelectorAll('canvas[data-drawn]')]
                        .filter(c => Chart.getChart(c).options.indexAxis === 'x'
                            && JSON.parse(c.dataset.chart).labels.length > 3).map(c => c.closest('figure').id)""");
            assertFalse(standing.isEmpty(), "no chart of more than three bars stands at 1366px");
            for (int width : new int[] {390, 1366}) {
                browser.driver().manage().window().setSize(new Dimension(width + frame,
                        browser.driver().manage().window().getSize().getHeight()));
                Thread.sleep(1000); // Chart.js redraws on the resize observer's next frame, charts.js after it
                assertEquals(List.of(), browser.driver().executeScript(ORIENTATION), "at " + width + "px");
                assertEquals(List.of(), browser.driver().executeScript(CHART_LABELS), "at " + width + "px");
                assertEquals(0, browser.blankCharts().size(), "at " + width + "px");
                browser.screenshot("screen-resized-to-" + width + "-activities");
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /**
     * A number stays with what it counts when a name wraps: 「24時間」, 「4回」, 「（第3回）」, 「100％」, 「4年度」 are
     * never parted, in charts drawn at every width from a phone's to a laptop's.
     */
    @Test
    void numbersStayWithTheirCounters() {
        List<String> names = List.of("在宅療養24時間対応の診療所と薬局", "訪問診療を実施した医療機関（第3回）",
                "年4回の多職種研修会と100％の参加率", "令和4年度の在宅看取り件数の推移");
        try (Browser browser = new Browser(1366, 768)) {
            browser.driver().get(TestApp.url("/indicators"));
            browser.driver().executeScript("""
                    const spec = {kind: 'hbar', title: 't', unit: '件', labels: arguments[0],
                        series: [{name: 'n', values: [1, 2, 3, 4], printed: ['1', '2', '3', '4']}]};
                    const main = document.querySelector('main');
                    for (let width = 200; width <= 720; width += 8) {
                      const figure = document.createElement('figure');
                      figure.className = 'chart';
                      figure.id = 'wrap-' + width;
                      figure.innerHTML = '<div class="chart-box"><canvas></canvas></div>';
                      figure.style.width = width + 'px';
                      figure.querySelector('canvas').dataset.chart = JSON.stringify(spec);
                      main.prepend(figure);
                    }
                    // charts.js again, as the page loads it: it draws the charts not drawn yet
                    const script = document.createElement('script');
                    for (const a of document.querySelector('script[data-chart-js]').attributes) {
                      script.setAttribute(a.name, a.value);
                    }
                    document.body.appendChild(script);""", names);
            assertEquals(0, browser.blankCharts().size());
            @SuppressWarnings("unchecked")
            List<List<String>> wrapped = (List<List<String>>) browser.driver().executeScript("""
                    return [...document.querySelectorAll('figure[id^="wrap-"] canvas')]
                        .flatMap(c => Chart.getChart(c).data.labels.map(l => [].concat(l)))""");
            assertEquals(names.size() * 66, wrapped.size());
            assertTrue(wrapped.stream().anyMatch(lines -> lines.size() > 2), "no name wrapped onto three lines");
            for (List<String> lines : wrapped) {
                assertTrue(names.contains(String.join("", lines)), lines + " is not a name given");
                for (int i = 1; i < lines.size(); i++) {
                    String before = lines.get(i - 1), after = lines.get(i);
                    assertFalse(before.matches(".*[0-9０-９]") && after.matches("[^（(「\\s].*")
                            || before.matches(".*第") && after.matches("[0-9０-９].*")
                            || after.matches("[）％].*"), "a number parted from its counter: " + lines);
                }
            }
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
