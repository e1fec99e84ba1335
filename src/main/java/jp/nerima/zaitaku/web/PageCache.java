package jp.nerima.zaitaku.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

/**
 * Pages made once: the database cannot change after start, so an address always gets the same bytes. Bounded by
 * size, least recently used out first, so that endless search words cannot fill the memory.
 */
final class PageCache {

    /** A finished answer to one address. */
    record Page(String contentType, String disposition, byte[] body) {

        void writeTo(Context ctx) {
            ctx.contentType(contentType);
            if (disposition != null) ctx.header("Content-Disposition", disposition);
            ctx.result(body);
        }
    }

    private final long budget;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** @param budget bytes of pages to keep */
    PageCache(long budget) {
        this.budget = budget;
    }

    synchronized Page get(String address) {
        return pages.get(address);
    }

    synchronized void put(String address, Page page) {
        if (page.body().length > budget) return;
        Page replaced = pages.put(address, page);
        size += page.body().length - (replaced == null ? 0 : replaced.body().length);
        var eldest = pages.entrySet().iterator();
        while (size > budget && eldest.hasNext()) {
            size -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int count() {
        return pages.size();
    }

    synchronized long size() {
        return size;
    }
}
