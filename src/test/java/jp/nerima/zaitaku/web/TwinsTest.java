package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Test
    void filtersApplyToTheTwinsToo() throws Exception {
        JsonNode json = new ObjectMapper().readTree(TestApp.get("/activities.json?org=4&audience=区民").body());
        assertEquals(3, json.get("data").get("rows").size());
        assertEquals(4, TestApp.get("/activities.csv?org=4&audience=区民").body().split("\r\n").length);
    }
}
