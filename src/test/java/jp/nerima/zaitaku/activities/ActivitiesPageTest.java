package jp.nerima.zaitaku.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;

/** The 別紙 list: filters, then the list, then its charts; downloads and menus that tell the truth. */
class ActivitiesPageTest {

    private static Document page(String query) {
        return Jsoup.parse(TestApp.get("/activities" + query).body());
    }

    private static List<String> numbers(String query) {
        return page(query).select("#activities-table tbody tr").eachAttr("data-no");
    }

    @Test
    void theListComesBeforeTheCharts() {
        String html = TestApp.get("/activities?org=4").body();
        int list = html.indexOf("id=\"activities-table\"");
        assertTrue(html.indexOf("class=\"filters\"") < list && list < html.indexOf("id=\"chart-by-organization\""));
    }

    @Test
    void everyDownloadOfAFilteredPageCarriesTheFilter() {
        Document page = page("?org=4&audience=%E5%8C%BA%E6%B0%91");
        List<String> downloads = page.select("a[href*=.csv], a[href*=.json]").eachAttr("href");
        assertFalse(downloads.isEmpty());
        for (String href : downloads) assertTrue(href.contains("org=4&audience="), href);
        String csv = TestApp.get("/activities.csv?org=4").body();
        assertEquals(numbers("?org=4").size() + 1, csv.strip().split("\r?\n").length, "the 9 rows and the header");
        assertEquals(9, numbers("?org=4").size());
    }

    @Test
    void eachOrganizationsCountIsWhatChoosingItShows() {
        for (Element option : page("").select("#org option[value~=\\d+]")) {
            Matcher count = Pattern.compile("（(\\d+)件）$").matcher(option.text());
            assertTrue(count.find(), option.text());
            assertEquals(Integer.parseInt(count.group(1)), numbers("?org=" + option.val()).size(), option.text());
        }
    }

    /** The list's own search folds as the report's search does and reads every column, the 期間 too. */
    @Test
    void theSearchFindsWhatTheReaderTypes() {
        assertEquals(numbers("?year=2014"), numbers("?q=2014"));
        assertEquals(numbers("?q=2014"), numbers("?q=" + encode("２０１４")));
        assertEquals(numbers("?q=2014"), numbers("?q=" + encode("平成26")));
        assertEquals(numbers("?q=" + encode("ｹｱﾏﾈｼﾞｬｰ")), numbers("?q=" + encode("けあまねじゃー")));
        assertFalse(numbers("?q=" + encode("けあまねじゃー")).isEmpty());
        assertEquals(numbers("?q=" + encode("嚥下")), numbers("?q=" + encode("えん下")));
        assertTrue(numbers("?q=" + encode("嚥下")).containsAll(List.of("9", "48")), "えん下 (No.9) and 嚥下 (No.48)");
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
