package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import jp.nerima.zaitaku.App;
import jp.nerima.zaitaku.Markup;
import jp.nerima.zaitaku.Site;
import jp.nerima.zaitaku.TestApp;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/**
 * Text in the scripts that looks like markup, a spreadsheet formula or hides characters (src/test/resources/
 * hostile-text, test data only) is shown as text on every page, kept exactly in JSON and cannot run in Excel.
 */
class HostileTextTest {

    private static final String TITLE = "<script>alert(1)</script>報告書";
    private static final String NAME = "\"'><img src=x onerror=alert(1)>在宅療養講演会の開催";
    private static final String AUDIENCE = "主治医\u0000\u0007\u001b\u007f\u0085と\u202e者係関\tタブ\n改行";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Database db;
    private static Javalin app;
    private static Map<String, TestApp.Response> pages;

    @BeforeAll
    static void start() throws URISyntaxException {
        Path folder = Path.of(HostileTextTest.class.getResource("/hostile-text").toURI());
        db = Database.load(SqlScripts.withFolder(folder));
        app = App.create(db).start("127.0.0.1", 0);
        pages = Site.crawl(path -> TestApp.fetch("http://127.0.0.1:" + app.port() + path));
    }

    @AfterAll
    static void stop() {
        app.stop();
        db.close();
    }

    @Test
    void everyPageStillAnswers() {
        List<String> failed = new ArrayList<>();
        pages.forEach((path, response) -> {
            if (response.status() != 200) failed.add(path + " → " + response.status());
        });
        assertEquals(List.of(), failed);
        assertTrue(pages.size() > 200, "the whole site: " + pages.size());
    }

    @Test
    void noPageRunsTheTextAsMarkup() {
        pages.forEach((path, response) -> {
            if (response.contentType().startsWith("text/html")) Markup.assertInert(path, response.body());
        });
    }

    @Test
    void theTextIsShownAsWritten() {
        String initiative = Markup.parse(pages.get("/initiatives/1-1-1").body()).text();
        assertTrue(initiative.contains(NAME), initiative);
        assertTrue(initiative.contains(TITLE), "the citation in the footer");
        String activities = Markup.parse(pages.get("/activities").body()).text();
        assertTrue(activities.contains("<script>alert(1)</script>練馬区医師会"), activities);
        assertTrue(activities.contains("=cmd|' /C calc'!A0"), activities);
    }

    /** What charts.js reads: JSON inside an attribute, which must neither break out nor lose the text. */
    @Test
    void chartDataKeepsTheTextAsData() throws Exception {
        JsonNode venues = chart("/initiatives/1-1-1", "回別・参加方法別の参加者数\"'><svg onload=alert(1)>");
        assertTrue(venues.get("series").toString().contains("</script><script>alert(1)</script>本会場"), venues.toString());
        JsonNode organizations = chart("/activities", "団体別の取組数");
        assertTrue(organizations.get("labels").toString().contains("<script>alert(1)</script>練馬区医師会"));
    }

    private static JsonNode chart(String path, String title) throws Exception {
        for (var canvas : Markup.parse(pages.get(path).body()).select("canvas[data-chart]")) {
            JsonNode spec = JSON.readTree(canvas.attr("data-chart"));
            if (spec.get("title").asText().equals(title)) return spec;
        }
        throw new AssertionError("no chart " + title + " on " + path);
    }

    /** Hidden characters show as U+FFFD in pages and spreadsheets; tab and line break stay what they are. */
    @Test
    void hiddenCharactersAreShownAsReplacements() {
        String shown = "主治医\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDと\uFFFD者係関\tタブ\n改行";
        assertTrue(pages.get("/activities/1").body().contains(shown), pages.get("/activities/1").body());
        assertTrue(pages.get("/activities.csv").body().contains(shown));
        pages.forEach((path, response) -> {
            if (!response.contentType().startsWith("application/json")) {
                assertFalse(Markup.HIDDEN.matcher(response.body()).find(), path);
            }
        });
    }

    @Test
    void jsonIsValidAndKeepsTheTextExactly() throws Exception {
        for (var page : pages.entrySet()) {
            if (!page.getValue().contentType().startsWith("application/json")) continue;
            JSON.readTree(page.getValue().body()); // throws on anything that is not JSON
            assertFalse(Pattern.compile("[\\x00-\\x1F]").matcher(page.getValue().body()).find(),
                    page.getKey() + ": control characters are escaped");
        }
        JsonNode activity = JSON.readTree(pages.get("/activities/1.json").body());
        assertTrue(activity.findValuesAsText("audience").contains(AUDIENCE), activity.toString());
        assertTrue(activity.findValuesAsText("organization").contains("<script>alert(1)</script>練馬区医師会"));
        assertEquals("令和4年度　" + TITLE, JSON.readTree(pages.get("/index.json").body()).get("source").asText()
                .replaceAll("^出典: |（資料1.*$", ""));
    }

    /** A cell Excel would run as a formula starts with ' instead, in every CSV. */
    @Test
    void csvCellsCannotRunAsFormulas() {
        assertTrue(pages.get("/activities.csv").body().contains(",'=cmd|' /C calc'!A0,"),
                pages.get("/activities.csv").body());
        Pattern formula = Pattern.compile("(?m)(^|,)\"?[=+@\\t]");
        pages.forEach((path, response) -> {
            if (response.contentType().startsWith("text/csv")) {
                assertFalse(formula.matcher(response.body()).find(), path);
            }
        });
    }
}
