package jp.nerima.zaitaku.search;

import static jp.nerima.zaitaku.db.schema.Tables.SPELLING_VARIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;
import jp.nerima.zaitaku.web.Folding;

/** One test per rule of matching, each failing if its rule is removed; the page that shows the results. */
class SearchTest {

    /** The index as the site publishes it: what a made site or an exported copy has to answer from. */
    private static final SearchIndex INDEX = SearchIndex.parse(TestApp.get("/search/index.js").body());

    private static List<SearchAnswer.Result> all(String q) {
        return SearchAnswer.results(INDEX, q).stream().flatMap(g -> g.results().stream()).toList();
    }

    private static Set<String> links(String q) {
        return all(q).stream().map(SearchAnswer.Result::link).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean finds(String q, String printed) {
        return all(q).stream().anyMatch(r -> r.found().contains(printed));
    }

    @Test
    void fullAndHalfWidthAreOne() {
        assertTrue(finds("ｹｱﾏﾈｼﾞｬｰ", "ケアマネジャー"), "half-width finds full-width");
        assertTrue(finds("ケアマネジャー", "ｹｱﾏﾈｼﾞｬｰ"), "and the other way round");
        assertEquals(links("2014"), links("２０１４"));
    }

    @Test
    void hiraganaFindsKatakana() {
        assertTrue(finds("けあまねじゃー", "ケアマネジャー"));
        assertTrue(finds("がいどぶっく", "ガイドブック"));
    }

    @Test
    void waveDashesAreOne() {
        // The report prints ～ (U+FF5E); a Windows IME types 〜 (U+301C).
        assertTrue(finds("平成26年〜", "平成26年～"));
        assertEquals(links("平成26年～"), links("平成26年〜"));
    }

    @Test
    void eraAndGregorianYearsAreOne() {
        // The lines of the report's text print one or the other, never both.
        assertTrue(all("2014").stream().anyMatch(r -> r.link().startsWith("/source#") && r.context().contains("平成26年")
                && !Folding.fold(r.context()).contains("2014")), "2014 finds 平成26年");
        assertTrue(all("平成26年").stream().anyMatch(r -> r.link().startsWith("/source#")
                && r.context().contains("２０１４年")), "平成26年 finds ２０１４年");
        assertEquals(4, SearchAnswer.results(INDEX, "2014").stream().filter(g -> g.kind().equals("activity"))
                .findFirst().orElseThrow().count(), "the four activities the 開始年 filter finds for 2014");
        assertTrue(finds("2019", "令和元") && finds("2019", "平成31"), "2019 is both 平成31年 and 令和元年");
        assertEquals(2019, SearchDocuments.gregorian("令和", "元"));
        assertEquals(1989, SearchDocuments.gregorian("平成", "1"));
    }

    @Test
    void aNumberIsNotFoundInsideALongerOne() {
        assertEquals(List.of(), all("平成2"), "平成2 is not 平成26");
    }

    @Test
    void theReportsSpellingVariantsAreOne() {
        assertTrue(links("えん下").contains("/source#L1077"), "えん下 finds 嚥下");
        assertTrue(links("嚥下").contains("/source#L109"), "嚥下 finds えん下");
        assertTrue(finds("医療介護", "医療・介護"));
        assertTrue(finds("取り組み", "取組"));
    }

    /** The SQL list names, for each spelling, exactly the lines of the report that print it. */
    @Test
    void eachSpellingIsListedWithTheLinesThatPrintIt() throws IOException {
        List<String> source;
        try (InputStream in = getClass().getResourceAsStream("/source/fy2022.txt")) {
            source = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1));
        }
        var variants = TestApp.dsl().selectFrom(SPELLING_VARIANT).fetch();
        assertFalse(variants.isEmpty());
        for (var v : variants) {
            List<Integer> printed = new ArrayList<>();
            for (int i = 0; i < source.size(); i++) if (source.get(i).contains(v.getSpelling())) printed.add(i + 1);
            assertEquals(printed.stream().map(String::valueOf).collect(Collectors.joining(", ")), v.getSrcLines(),
                    v.getSpelling());
        }
    }

    @Test
    void theTargetOrInitiativeNamedComesFirst() {
        var first = SearchAnswer.results(INDEX, "看取り").get(0);
        assertEquals("target", first.kind());
        assertEquals("目標3　在宅看取り率の増加", first.results().get(0).title());
        // An area's text mentions えん下 and comes earlier in the report; the initiative named by it comes first.
        var named = SearchAnswer.results(INDEX, "えん下").get(0);
        assertEquals("initiative", named.kind());
        assertEquals("摂食・えん下機能支援事業の実施", named.results().get(0).title());
    }

    @Test
    void thePageShowsTheResultsByKindWithTheWordsMarkedAndLinksToThePlace() {
        String page = TestApp.get("/search?q=" + encode("看取り")).body();
        assertTrue(page.contains("<a href=\"/#target-3\">目標3　在宅<mark>看取り</mark>率の増加</a>"), page);
        assertTrue(page.contains("<h2 id=\"results-target\">目的と目標（1件）</h2>"));
        assertTrue(page.contains("href=\"/source#L195\""));
        assertTrue(page.contains("id=\"site-q\" name=\"q\" type=\"search\" data-q value=\"看取り\""), "in the header box");
        assertTrue(page.contains("<title>「看取り」の検索結果 | "));
        assertTrue(TestApp.get("/").body().contains("action=\"/search\""), "every page has the search box");
    }

    /** The live answer is the empty page and the published index put together: what a made site serves. */
    @Test
    void theAnswerIsMadeFromTheEmptyPageAndTheIndexAlone() {
        String empty = TestApp.get("/search").body();
        for (String q : List.of("看取り", "えん下　研修", "<script>", "ない言葉ですね")) {
            assertEquals(SearchAnswer.html(empty, INDEX, q), TestApp.get("/search?q=" + encode(q)).body(), q);
        }
        assertTrue(SearchAnswer.html(empty, INDEX, "<script>").contains("「&lt;script&gt;」に合う箇所はありません"));
    }

    /** The dashboard refuses long parameters itself (400); a made site or a copy answers from the index alone. */
    @Test
    void aTooLongQueryIsToldSo() {
        String answer = SearchAnswer.html(TestApp.get("/search").body(), INDEX, "あ".repeat(SearchAnswer.MAX_LENGTH + 1));
        assertTrue(answer.contains("検索する言葉は200文字までにしてください。"));
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
