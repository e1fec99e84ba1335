package jp.nerima.zaitaku.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nerima.zaitaku.TestApp;

/** Any page opened with ?present starts at its slide; the slides carry notes and marks made from the data. */
class PresentationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/                     | /",
            "/program              | /",
            "/indicators           | /indicators",
            "/activities           | /activities",
            "/activities/17        | /activities",
            "/checks               | /checks",
            "/areas/2-1            | /areas/2-1",
            "/initiatives/1-1-1    | /initiatives/1-1-1",
            "/initiatives/1-1-3    | /initiatives/1-1-3 /areas/1-1",
            "/initiatives/C-1-1    | /initiatives/C-1-1 /areas/C-1",
    })
    void startsAtTheSlideOfThePage(String page, String expectedLinks) throws Exception {
        TestApp.Response redirect = TestApp.get(page + "?present");
        assertEquals(302, redirect.status(), page);
        String location = redirect.header("Location");
        assertTrue(location.matches("/present/\\d+"), location);
        JsonNode slide = new ObjectMapper().readTree(TestApp.get(location + ".json").body()).at("/data/slide");
        assertTrue(Set.of(expectedLinks.split(" ")).contains(slide.get("link").asText()),
                page + " opened " + location + " showing " + slide.get("link"));
    }

    @Test
    void theNotesGiveEachFigureWithItsSourceLineAndEachContradictionWithTheOtherFigure() throws Exception {
        JsonNode slides = new ObjectMapper().readTree(TestApp.get("/present/1.json").body()).at("/data/slides");
        JsonNode lectures = null;
        for (JsonNode slide : slides) {
            if (slide.at("/chart/id").asText().equals("1-1-1-venues")) lectures = slide;
        }
        assertNotNull(lectures, "the lectures' chart has a slide");
        List<String> notes = new ArrayList<>();
        lectures.get("notes").forEach(n -> notes.add(n.asText()));
        assertTrue(notes.stream().anyMatch(n -> n.matches("第1回 本会場: 58人（出典 \\d+行）")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("⚠要確認 第3回: 報告書の表記は162人、")
                && n.contains("内訳4項目の合計（242人）")), notes.toString());
        assertEquals("162人", lectures.at("/marks/0/printed").asText(), "and the slide marks it");
    }

    @Test
    void eachAreasCardsCarryOnTheirSlidesWhatTheyCountAsOnTheAreaPage() throws Exception {
        JsonNode slides = new ObjectMapper().readTree(TestApp.get("/present/1.json").body()).at("/data/slides");
        String deck = TestApp.get("/present/1").body();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (int n = 1; n <= slides.size(); n++) {
            if (!slides.get(n - 1).get("kind").asText().equals("cards")) continue;
            int start = deck.indexOf("id=\"slide-" + n + "\"");
            shown.computeIfAbsent(slides.get(n - 1).get("link").asText(), a -> new ArrayList<>())
                    .addAll(cards(deck.substring(start, deck.indexOf("</section>", start))));
        }
        assertEquals(6, shown.size(), "a slide of cards for every area with headline figures");
        shown.forEach((area, cards) -> assertEquals(cards(TestApp.get(area).body()), cards, area));
        assertTrue(shown.values().stream().flatMap(List::stream).filter(c -> c.contains("｜")).count() >= 14,
                "most cards say their base, period or the figure printed beside: " + shown);
    }

    /** Each card's label, and after '｜' its context line where it has one. */
    private static List<String> cards(String html) {
        Matcher card = Pattern.compile("<p class=\"label\">(.*?)</p>(?:<p class=\"context\">(.*?)</p>)?")
                .matcher(html);
        List<String> cards = new ArrayList<>();
        while (card.find()) cards.add(card.group(1) + (card.group(2) == null ? "" : "｜" + card.group(2)));
        return cards;
    }

    @ParameterizedTest
    @CsvSource({"/present/3?auto=30, /present/4?auto=30", "/present/1?auto=5, /present/2?auto=5"})
    void anUnattendedPaceIsKeptFromSlideToSlide(String slide, String next) {
        String html = TestApp.get(slide).body();
        assertTrue(html.contains("data-address=\"" + next + "\""), html);
        assertTrue(html.contains("rel=\"next\" href=\"" + next + "\""), html);
    }
}
