package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.present.Handout;
import jp.nerima.zaitaku.program.Initiatives;

/** Pages are made once and kept within a budget, so any number of search words cannot exhaust the memory. */
class PageCacheTest {

    private static PageCache.Page page(int bytes) {
        return PageCache.Page.of("text/html; charset=utf-8", null, new byte[bytes]);
    }

    @Test
    void theLeastRecentlyUsedPagesGoFirstAndTheBudgetHolds() {
        PageCache cache = new PageCache(1000);
        cache.put("/a", page(400));
        cache.put("/b", page(400));
        assertNotNull(cache.get("/a"));
        cache.put("/c", page(400));
        assertNull(cache.get("/b"), "the least recently used page went");
        assertNotNull(cache.get("/a"));
        assertNotNull(cache.get("/c"));
        for (int i = 0; i < 10_000; i++) cache.put("/activities?q=" + i, page(300));
        assertTrue(cache.size() <= 1000, "bytes kept: " + cache.size());
        assertEquals(3, cache.count());
        cache.put("/huge", page(5000));
        assertNull(cache.get("/huge"), "a page larger than the budget is made each time, never kept");
    }

    @Test
    void thePagesWithoutParametersAreMadeAheadAndThoseWithAreLeftForTheirVisitors() {
        Pages pages = new Pages(() -> new Pages.Live(new Reports(TestApp.dsl(), "test"), Map.of(
                "/handout", new Handout(TestApp.dsl())::page,
                "/", new Overview(TestApp.dsl())::page,
                "/initiatives/{code}", new Initiatives(TestApp.dsl())::page), Map.of(), Map.of(), (report, path) -> 1));
        assertFalse(pages.made("/handout?"));
        pages.prepare();
        assertTrue(pages.made("/handout?"));
        assertTrue(pages.made("/?"));
        assertFalse(pages.made("/index.json?"), "twins are made when asked for");
        assertFalse(pages.made("/initiatives/1-1-1?"));
    }

    @Test
    void gzipIsSentOnlyWhereTheBrowserAllowsIt() {
        assertTrue(PageCache.acceptsGzip("gzip, deflate, br"));
        assertTrue(PageCache.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(PageCache.acceptsGzip("*"));
        assertTrue(PageCache.acceptsGzip("*;q=0, gzip"));
        assertFalse(PageCache.acceptsGzip(null));
        assertFalse(PageCache.acceptsGzip("identity"));
        assertFalse(PageCache.acceptsGzip("gzip;q=0, deflate"));
        assertFalse(PageCache.acceptsGzip("gzip; q=0.0, *"));
        assertFalse(PageCache.acceptsGzip("deflate, *;q=0"));
    }

    @Test
    void aPageServedTwiceIsTheSameBytes() {
        for (String path : new String[] {"/", "/activities?q=認知症", "/indicators.json", "/activities.csv?org=4"}) {
            TestApp.Response first = TestApp.get(path);
            TestApp.Response second = TestApp.get(path);
            assertEquals(200, second.status(), path);
            assertEquals(first.contentType(), second.contentType(), path);
            assertArrayEquals(first.body().getBytes(), second.body().getBytes(), path);
        }
    }
}
