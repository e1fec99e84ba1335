package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.Site;

/**
 * Every sentence the dashboard writes itself (chart summaries, checks, 検算, the context of headline figures, the
 * notes on initiatives and activities), on every page reachable from the overview, slides included. They are
 * written to target/sentences.txt for a reader of Japanese to review, and held to what a ward official would write.
 */
class GeneratedSentencesTest {

    private static final Pattern CHART = Pattern.compile(
            "<p class=\"chart-summary\">(.*?)</p>\\s*<div class=\"chart-box\"><canvas[^>]*data-chart=\"([^\"]*)\"",
            Pattern.DOTALL);
    private static final Pattern WRITTEN = Pattern.compile(
            "<(td|li|p|span) class=\"(sentence|verification[^\"]*|context|notice|slip)\"[^>]*>(.*?)</\\1>",
            Pattern.DOTALL);
    /** A number of four digits or more without its thousands separator (years and line numbers aside). */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![0-9.,])[0-9]{4,}(?![0-9]*[年行])");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGeneratedSentenceReadsAsWritten() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>(); // sentence -> first page it is on
        int charts = 0;
        for (var page : Site.pages().entrySet()) {
            if (!page.getValue().contentType().startsWith("text/html")) continue;
            String html = page.getValue().body();
            Matcher chart = CHART.matcher(html);
            while (chart.find()) {
                charts++;
                String summary = HtmlText.of(chart.group(1)).strip();
                assertChartSummary(summary, JSON.readTree(HtmlText.decode(chart.group(2))), page.getKey());
                sentences.putIfAbsent(summary, page.getKey());
            }
            Matcher written = WRITTEN.matcher(html);
            while (written.find()) {
                String text = HtmlText.of(written.group(3)).replace("出典 ", "出典").strip();
                sentences.putIfAbsent(text, page.getKey());
            }
        }
        assertTrue(charts > 40, "charts walked: " + charts);
        sentences.forEach((s, page) -> {
            assertFalse(BARE_NUMBER.matcher(s).find(), () -> page + ": a number without its comma: " + s);
            assertFalse(s.contains("（各"), () -> page + ": ties are said with いずれも: " + s);
            assertFalse(s.contains("（一致）"), () -> page + ": " + s);
        });
        StringBuilder out = new StringBuilder();
        sentences.forEach((s, page) -> out.append(page).append('\t').append(s).append('\n'));
        Files.writeString(Path.of("target", "sentences.txt"), out, StandardCharsets.UTF_8);
    }

    private static void assertChartSummary(String summary, JsonNode chart, String page) {
        assertTrue(summary.endsWith("。"), () -> page + ": " + summary);
        int items = chart.get("labels").size();
        JsonNode series = chart.get("series");
        if (series.size() == 1 && items == 2) {
            assertFalse(summary.contains("最も"), () -> page + ": two items are compared, not ranked: " + summary);
        }
        if ("stacked".equals(chart.get("kind").asText()) && series.size() > 1) {
            assertTrue(summary.startsWith("内訳（"), () -> page + ": a stacked chart speaks of its totals: " + summary);
        }
        if (chart.get("title").asText().startsWith("在宅療養の")) {
            assertTrue(summary.contains("「"), () -> page + ": answer options are quoted: " + summary);
        }
    }

    @Test
    void namesTiesTwoItemsAndStackedTotalsNaturally() {
        Chart two = Chart.builder("t", "発行部数", "部", "bar")
                .add("在宅療養ガイドブック", null, new java.math.BigDecimal("94500"), "94,500部")
                .add("認知症ガイドブック", null, new java.math.BigDecimal("93000"), "93,000部").build();
        assertEquals("在宅療養ガイドブックは94,500部、認知症ガイドブックは93,000部です。", two.summary());
        Chart.Builder modes = Chart.builder("m", "開催の回数", "回", "stacked");
        modes.add("協議会", "オンライン開催", java.math.BigDecimal.valueOf(2), "2回");
        modes.add("専門部会", "オンライン開催", java.math.BigDecimal.valueOf(3), "3回");
        modes.add("事例検討会", "オンライン開催", java.math.BigDecimal.valueOf(2), "2回");
        modes.add("事例検討会", "ハイブリッド開催", java.math.BigDecimal.valueOf(2), "2回");
        modes.add("講演会", "ハイブリッド開催", java.math.BigDecimal.valueOf(2), "2回");
        assertEquals("内訳（オンライン開催・ハイブリッド開催）を合わせると、最も多いのは事例検討会（4回）、最も少ないのは"
                + "協議会と講演会（いずれも2回）です。", modes.build().summary());
        Chart answers = Chart.builder("a", "在宅療養の希望", "%", "hbar").quoted()
                .add("そう思う", null, new java.math.BigDecimal("28.7"), "28.7％")
                .add("そう思わない", null, new java.math.BigDecimal("41.7"), "41.7％")
                .add("無回答", null, new java.math.BigDecimal("4.6"), "4.6％").build();
        assertEquals("最も高いのは「そう思わない」（41.7％）、最も低いのは「無回答」（4.6％）です。", answers.summary());
        Chart one = Chart.builder("o", "団体別の取組数（絞り込み結果）", "件", "hbar")
                .add("練馬区医師会", null, java.math.BigDecimal.ONE, "1件").build();
        assertEquals("団体別の取組数（絞り込み結果）では、練馬区医師会が1件です。", one.summary());
        Chart years = Chart.builder("y", "開始年別の取組数", "件", "bar")
                .add("2017年（平成29年）", null, java.math.BigDecimal.valueOf(7), "7件")
                .add("2018年（平成30年）", null, java.math.BigDecimal.valueOf(3), "3件")
                .add("2019年（平成31年）", null, java.math.BigDecimal.ONE, "1件").build();
        assertEquals("最も多いのは2017年（平成29年）の7件、最も少ないのは2019年（平成31年）の1件です。", years.summary(),
                "no bracket right after a bracket");
    }
}
