package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.Site;
import jp.nerima.zaitaku.TestApp;

/** The whole site as a reader follows it from the overview. */
class SiteTest {

    private final Map<String, TestApp.Response> pages = Site.pages();

    @Test
    void reachesEveryPartOfTheReport() {
        assertTrue(pages.containsKey("/program"));
        assertTrue(pages.containsKey("/indicators"));
        assertTrue(pages.containsKey("/checks"));
        assertEquals(27, pages.keySet().stream().filter(p -> p.matches("/initiatives/[^.?]+")).count());
        assertEquals(6, pages.keySet().stream().filter(p -> p.matches("/areas/[^.?]+")).count());
        assertEquals(50, pages.keySet().stream().filter(p -> p.matches("/activities/\\d+")).count());
    }

    @Test
    void everyLinkResolves() {
        List<String> broken = new ArrayList<>();
        pages.forEach((path, response) -> {
            if (response.status() != 200) broken.add(path + " → " + response.status());
        });
        assertEquals(List.of(), broken);
    }

    /** Markers link to /checks#id, sources to /source#L123: each such target exists on its page. */
    @Test
    void everyFragmentPointsAtAnElementOfItsPage() {
        List<String> missing = new ArrayList<>();
        pages.forEach((path, response) -> {
            if (!response.contentType().startsWith("text/html")) return;
            for (String link : Site.links(response.body())) {
                String fragment = Site.fragment(link);
                if (fragment == null) continue;
                String target = Site.withoutFragment(link);
                String html = (target.isEmpty() ? response : pages.get(target)).body();
                if (!html.contains("id=\"" + fragment + "\"")) missing.add(path + ": " + link);
            }
        });
        assertEquals(List.of(), missing.stream().distinct().toList());
    }

    @Test
    void everyPageNamesItsSourceAndItsTwins() {
        pages.forEach((path, response) -> {
            if (!response.contentType().startsWith("text/html")) return;
            String text = HtmlText.of(response.body());
            assertTrue(text.contains("出典: 令和4年度　練馬区在宅療養推進事業実施結果（令和５年３月末）"), path);
            assertTrue(response.body().contains("rel=\"alternate\" type=\"application/json\""), path);
        });
    }

    @Test
    void everyPageIsServedWithAStrictContentSecurityPolicy() {
        String policy = TestApp.get("/").header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(!policy.contains("unsafe-inline"), policy);
        pages.forEach((path, response) -> assertTrue(!response.body().contains("<script>")
                && !response.body().contains("style=\""), path + " has inline script or style"));
    }
}
