package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import jp.nerima.zaitaku.App;
import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.Site;
import jp.nerima.zaitaku.TestApp;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;

/**
 * Next year's staff add a report as SQL scripts, with no Java change: the dashboard shows the latest year, keeps
 * the earlier one at ?fy=, and compares every figure the two years print under the same code: in tables, charts and
 * the JSON twins. The FY2023 figures are the fake ones of src/test/resources/next-year.
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

    /** The years need not have the same pages: the year selector and the navigation only offer pages that exist. */
    @Test
    void noLinkOfEitherYearLeadsToAMissingPage() {
        var pages = Site.crawl(path -> TestApp.fetch("http://127.0.0.1:" + app.port() + path));
        assertTrue(pages.containsKey("/initiatives/2-1-1?fy=2022"), "the crawl reaches FY2022-only pages");
        assertTrue(pages.containsKey("/areas/C-1?fy=2022"));
        List<String> missing = pages.entrySet().stream().filter(e -> e.getValue().status() != 200)
                .map(e -> e.getKey() + " " + e.getValue().status()).toList();
        assertEquals(List.of(), missing);
        String onlyEarlier = pages.get("/initiatives/2-1-1?fy=2022").body();
        assertTrue(onlyEarlier.contains("<a href=\"/\">令和5年度</a>"), "FY2023 has no 2-1-1: its overview instead");
    }

    @Test
    void anInitiativeComparesEachFigureGroupWithTheChangeComputedFromTheAmounts() throws Exception {
        String page = text("/initiatives/1-1-1");
        assertTrue(page.contains("年度比較"), page);
        assertTrue(page.contains("項目 令和4年度 令和5年度 増減（令和4年度→令和5年度）"), page);
        assertTrue(page.contains("総参加者数 延べ人数603名 延べ人数999名（架空） +396人"), page);
        assertTrue(page.contains("第2回 240人 333人（架空） +93人"), "a breakdown");
        assertTrue(page.contains("第1回 本会場 58人 150人（架空） +92人"), "a series");
        assertTrue(page.contains("第1回 94％ 95％（架空） +1ポイント"), "shares change by points");
        assertTrue(page.contains("第2回 98％ 96.5％（架空） −1.5ポイント"));
        assertTrue(page.contains("第3回 96％ 96％（架空） ±0ポイント"));
        assertFalse(page.contains("第2回 本会場"), "FY2023 breaks down the first session only: nothing to compare");
    }

    @Test
    void theComparisonChartHoldsBothYearsAmountsAsGroupedSeries() throws Exception {
        String html = get("/initiatives/1-1-1").body();
        JsonNode total = chart(html, "initiative-1-1-1-total-years");
        assertEquals("bar", total.get("kind").asText());
        assertEquals("[\"総参加者数\"]", total.get("labels").toString());
        assertEquals("令和4年度", total.get("series").get(0).get("name").asText());
        assertEquals(603, total.get("series").get(0).get("values").get(0).asInt());
        assertEquals("延べ人数603名", total.get("series").get(0).get("printed").get(0).asText());
        assertEquals("令和5年度", total.get("series").get(1).get("name").asText());
        assertEquals(999, total.get("series").get(1).get("values").get(0).asInt());
        assertEquals("延べ人数999名（架空）", total.get("series").get(1).get("printed").get(0).asText());

        JsonNode survey = chart(html, "initiative-1-1-1-survey-years");
        assertEquals("%", survey.get("unit").asText());
        assertEquals("[94.0,98.0,96.0]", survey.get("series").get(0).get("values").toString());
        assertEquals("[95.0,96.5,96.0]", survey.get("series").get(1).get("values").toString());
    }

    @Test
    void aFigureWhoseUnitChangedIsListedButNeitherChartedNorSubtracted() throws Exception {
        String html = get("/initiatives/2-2-2").body();
        String page = HtmlText.of(html);
        assertTrue(page.contains("区民から 50件 48人（架空） 単位が異なるため計算しません"), page);
        assertTrue(page.contains("病院から 61件 55件（架空） −6件"), page);
        JsonNode chart = chart(html, "initiative-2-2-2-consultations-years");
        assertEquals("[\"診療所から\",\"病院から\"]", chart.get("labels").toString());
        assertEquals("件", chart.get("unit").asText());
    }

    @Test
    void everyIndicatorTableIsComparedWithTheYearBefore() throws Exception {
        String html = get("/indicators").body();
        String page = HtmlText.of(html);
        assertEquals(5, html.split(">年度比較</h", -1).length - 1, "resources, providers, deaths and two questions");
        assertTrue(page.contains("令和4年度 令和5年1月1日時点 令和5年度 令和6年1月1日時点"), "each year's as-of date");
        assertTrue(page.contains("在支病 4か所 5か所（架空） +1か所"), page);
        assertTrue(page.contains("訪看のうち24時間 72か所 75か所（架空） +3か所"));
        assertFalse(page.contains("在歯診 27か所 "), "FY2023 does not count it");
        assertTrue(page.contains("送付件数 1,837件 658件（架空） −1,179件"));
        assertTrue(page.contains("全体の回収率 35.5% 34.8%（架空） −0.7ポイント"));
        assertTrue(page.contains("病院（地域連携室）の回収率 44.4%（8/18件） 50.0%（9/18件）（架空） +5.6ポイント"));
        assertTrue(page.contains("全看取り死 5,555人 5,800人（架空） +245人"));
        assertTrue(page.contains("自宅 19％ 21％（架空） +2ポイント"));
        assertTrue(page.contains("そう思う 28.7％ 30.2％（架空） +1.5ポイント"));
        assertTrue(page.contains("可能だと思う 27.4％ 29.9％（架空） +2.5ポイント"));

        JsonNode resources = chart(html, "resources-years");
        assertEquals("[4,74,95,72]", resources.get("series").get(0).get("values").toString());
        assertEquals("[5,80,99,75]", resources.get("series").get(1).get("values").toString());
        assertEquals("件", chart(html, "providers-years-1").get("unit").asText());
        assertEquals("%", chart(html, "providers-years-2").get("unit").asText());
    }

    @Test
    void theOverviewsCardsShowTheYearBefore() throws Exception {
        String page = text("/");
        assertTrue(page.contains("延べ人数999名（架空） 総参加者数 令和4年度: 延べ人数603名（増減 +396人）"), page);
        assertTrue(page.contains("10回（架空） 医師会在宅療養推進協議会 令和4年度: 9回（増減 +1回）"), page);
    }

    @Test
    void anAreasCardsShowTheYearBeforeOnItsPageAndOnItsSlide() throws Exception {
        String expected = "延べ人数999名（架空） 総参加者数 令和4年度: 延べ人数603名（増減 +396人）";
        assertTrue(text("/areas/1-1").contains(expected), text("/areas/1-1"));
        String slide = get("/areas/1-1?present").headers().firstValue("Location").orElseThrow();
        assertTrue(text(slide).contains(expected), text(slide));
    }

    @Test
    void everyYearOverYearChartHasASlide() throws Exception {
        Set<String> onPages = new TreeSet<>(yearCharts(get("/indicators").body()));
        Matcher initiative = Pattern.compile("href=\"(/initiatives/[^\"?#]+)\"").matcher(get("/program").body());
        while (initiative.find()) onPages.addAll(yearCharts(get(initiative.group(1)).body()));
        assertTrue(onPages.size() > 10, onPages.toString());
        Matcher count = Pattern.compile("class=\"slide-number\">1 / (\\d+)<").matcher(get("/present/1").body());
        assertTrue(count.find());
        Set<String> onSlides = new TreeSet<>();
        for (int n = 1; n <= Integer.parseInt(count.group(1)); n++) {
            onSlides.addAll(yearCharts(get("/present/" + n).body()));
        }
        assertEquals(onPages, onSlides);
    }

    /** The ids of the year-over-year charts of a page. */
    private static List<String> yearCharts(String html) {
        return Pattern.compile("id=\"chart-([^\"]*-years[^\"]*)\"").matcher(html).results().map(m -> m.group(1))
                .toList();
    }

    @Test
    void theJsonTwinsCarryTheComparisons() throws Exception {
        JsonNode initiative = json("/initiatives/1-1-1.json").get("comparisons").get(0);
        assertEquals("総参加者数", initiative.get("rows").get(0).get("label").asText());
        assertEquals("[\"延べ人数603名\",\"延べ人数999名（架空）\"]",
                initiative.get("rows").get(0).get("printed").toString());
        assertEquals(396, initiative.get("rows").get(0).get("change").asInt());
        JsonNode home = json("/indicators.json").get("deaths").get("comparison").get("rows");
        assertEquals("自宅", home.get(3).get("label").asText());
        assertEquals("+2ポイント", home.get(3).get("changeText").asText());
        assertEquals("+396人", json("/index.json").get("headlines").get("rows").get(0).get("changeText").asText());
    }

    @Test
    void anAreasTwinComparesTheFiguresOfItsOwnCardsOnly() throws Exception {
        List<String> everyArea = json("/index.json").get("headlines").findValuesAsText("code");
        List<String> area = json("/areas/1-1.json").get("headlines").findValuesAsText("code");
        assertTrue(everyArea.stream().anyMatch(code -> !code.startsWith("1-1-")), everyArea.toString());
        assertFalse(area.isEmpty());
        assertTrue(area.stream().allMatch(code -> code.startsWith("1-1-")), area.toString());
    }

    @Test
    void anEarlierYearsPagesReadAsTheyDidWhenItWasTheLatest() throws Exception {
        for (String path : List.of("/?fy=2022", "/initiatives/1-1-1?fy=2022", "/indicators?fy=2022")) {
            String page = text(path);
            assertFalse(page.contains("年度比較") || page.contains("増減"), path);
        }
    }

    @Test
    void withOneYearAloneNothingIsCompared() throws Exception {
        for (String path : List.of("/", "/initiatives/1-1-1", "/indicators")) {
            String page = HtmlText.of(TestApp.get(path).body());
            assertFalse(page.contains("年度比較") || page.contains("増減"), path);
        }
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(mapper.readTree(TestApp.get("/index.json").body()).get("data").get("headlines").isNull());
        assertTrue(mapper.readTree(TestApp.get("/initiatives/1-1-1.json").body()).get("data").get("comparisons")
                .isEmpty());
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

    private static JsonNode json(String path) throws Exception {
        return new ObjectMapper().readTree(get(path).body()).get("data");
    }

    /** What charts.js reads from the canvas of the chart with this id. */
    private static JsonNode chart(String html, String id) throws Exception {
        int figure = html.indexOf("id=\"chart-" + id + "\"");
        assertTrue(figure >= 0, "no chart " + id);
        Matcher attribute = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(html);
        assertTrue(attribute.find(figure));
        return new ObjectMapper().readTree(attribute.group(1).replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }
}
