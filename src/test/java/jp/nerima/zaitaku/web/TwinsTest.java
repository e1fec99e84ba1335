package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.TestApp;

/** Every page's JSON and CSV twins, at one URL scheme. */
class TwinsTest {

    private static final List<String> PAGES = List.of("/index", "/program", "/areas/1-1", "/initiatives/1-1-1",
            "/indicators", "/activities", "/activities/17", "/checks", "/source");

    @Test
    void everyPageHasAJsonTwinNamingItsSource() throws Exception {
        for (String page : PAGES) {
            TestApp.Response response = TestApp.get(page + ".json");
            assertEquals(200, response.status(), page);
            assertTrue(response.contentType().startsWith("application/json"), page);
            JsonNode json = new ObjectMapper().readTree(response.body());
            assertEquals("令和4年度", json.get("fiscal_year").asText());
            assertEquals(2022, json.get("fiscal_year_gregorian").asInt());
            assertTrue(json.get("source").asText().startsWith("出典: 令和4年度"), page);
            assertTrue(json.get("data").size() > 0, page);
        }
    }

    @Test
    void everyPageHasACsvTwinThatExcelOpensAsUtf8() {
        for (String page : PAGES) {
            TestApp.Response response = TestApp.get(page + ".csv");
            assertEquals(200, response.status(), page);
            assertTrue(response.contentType().startsWith("text/csv"), page);
            assertTrue(response.body().startsWith("\uFEFF"), page + ": a byte order mark for Excel");
            assertTrue(response.body().contains("\r\n"), page + ": CRLF line ends");
            assertTrue(response.header("Content-Disposition").contains(".csv"), page);
        }
    }

    @Test
    void theCsvKeepsFiguresAsPrintedAndQuotesWhatNeedsIt() {
        String csv = TestApp.get("/initiatives/1-1-1.csv").body();
        assertTrue(csv.contains("総参加者数,総参加者数,603,人,延べ人数603名,,14\r\n"), csv);
        String activities = TestApp.get("/activities.csv?org=14").body();
        assertTrue(activities.contains(",\"定例会は二ヶ月に一回\n他は適宜\","), "a cell with a line break is quoted");
    }

    /** Every chart's table is linked from its page as CSV and JSON, and holds the numbers the chart draws. */
    @Test
    void everyChartTableDownloadsWithItsUnitAndTheChartsNumbers() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int tables = 0;
        for (String page : List.of("/", "/initiatives/1-1-1", "/initiatives/2-1-2", "/indicators", "/activities")) {
            String html = TestApp.get(page).body();
            Matcher canvas = Pattern.compile("id=\"chart-([^\"]+)\"[\\s\\S]*?data-chart=\"([^\"]+)\"").matcher(html);
            while (canvas.find()) {
                String id = canvas.group(1);
                JsonNode chart = mapper.readTree(HtmlText.decode(canvas.group(2)));
                String twin = (page.equals("/") ? "/index" : page);
                assertTrue(html.contains("href=\"" + twin + ".csv?table=" + id + "\""), page + " links " + id);
                TestApp.Response csv = TestApp.get(twin + ".csv?table=" + id);
                assertEquals(200, csv.status(), id);
                assertTrue(csv.body().startsWith("\uFEFF項目,"), id);
                String[] lines = csv.body().substring(1).split("\r\n");
                assertTrue(lines[0].contains("数値（" + chart.get("unit").asText() + "）"), lines[0]);
                assertEquals(chart.get("labels").size() + 1, lines.length, id);
                JsonNode json = mapper.readTree(TestApp.get(twin + ".json?table=" + id).body()).get("data");
                for (int row = 0; row < chart.get("labels").size(); row++) {
                    for (int series = 0; series < chart.get("series").size(); series++) {
                        JsonNode value = chart.get("series").get(series).get("values").get(row);
                        Object cell = json.get("rows").get(row).get(1 + 2 * series);
                        assertEquals(value.isNull() ? "null" : value.decimalValue().stripTrailingZeros().toPlainString(),
                                ((JsonNode) cell).isNull() ? "null"
                                        : ((JsonNode) cell).decimalValue().stripTrailingZeros().toPlainString(), id);
                    }
                }
                tables++;
            }
        }
        assertTrue(tables >= 10, "charts found: " + tables);
        String venues = TestApp.get("/initiatives/1-1-1.csv?table=1-1-1-venues").body();
        assertTrue(venues.contains("項目,本会場 数値（人）,本会場 表記（原文）"), venues);
    }

    @Test
    void anUnknownTableIsNamedWithTheOnesThePageHas() {
        TestApp.Response response = TestApp.get("/indicators.csv?table=nothing");
        assertEquals(404, response.status());
        assertTrue(response.body().contains("nothing") && response.body().contains("このページの表"), response.body());
    }

    @Test
    void filtersApplyToTheTwinsToo() throws Exception {
        JsonNode json = new ObjectMapper().readTree(TestApp.get("/activities.json?org=4&audience=区民").body());
        assertEquals(3, json.get("data").get("rows").size());
        assertEquals(4, TestApp.get("/activities.csv?org=4&audience=区民").body().split("\r\n").length);
    }
}
