package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import jp.nerima.zaitaku.App;
import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/**
 * Next year's staff add a report as SQL scripts, with no Java change: the dashboard shows the latest year, keeps
 * the earlier one at ?fy=, and compares an initiative's figures across years by their codes.
 */
class NextYearTest {

    private static Database db;
    private static Javalin app;

    @BeforeAll
    static void start() throws URISyntaxException {
        Path folder = Path.of(NextYearTest.class.getResource("/next-year").toURI());
        db = Database.load(SqlScripts.withFolder(folder));
        app = App.create(db).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        db.close();
    }

    @Test
    void theLatestYearIsShownAndTheEarlierOneStaysAtItsAddress() throws Exception {
        String latest = text("/");
        assertTrue(latest.contains("令和5年度（2023年度）実施結果"), latest);
        assertTrue(latest.contains("延べ人数999名（架空）"));
        String earlier = text("/?fy=2022");
        assertTrue(earlier.contains("令和4年度（2022年度）実施結果"));
        assertTrue(earlier.contains("延べ人数603名"));
    }

    @Test
    void anInitiativeComparesItsFiguresAcrossYears() throws Exception {
        String page = text("/initiatives/1-1-1");
        assertTrue(page.contains("年度比較"), page);
        assertTrue(page.contains("総参加者数 延べ人数603名 延べ人数999名（架空）"), page);
    }

    @Test
    void pagesOfSectionsTheNewYearDoesNotPrintStillAnswer() throws Exception {
        for (String path : List.of("/program", "/indicators", "/activities", "/checks", "/areas/1-1")) {
            assertEquals(200, get(path).statusCode(), path);
        }
        assertEquals(404, get("/initiatives/2-1-1").statusCode(), "not in the FY2023 scripts");
        assertEquals(200, get("/initiatives/2-1-1?fy=2022").statusCode());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(String path) throws Exception {
        return HtmlText.of(get(path).body());
    }
}
