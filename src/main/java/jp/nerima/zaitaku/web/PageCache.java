package jp.nerima.zaitaku.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Pages made once: the database cannot change after start, so an address always gets the same bytes, gzipped once
 * too. Bounded by size, least recently used out first, so that endless search words cannot fill the memory.
 */
final class PageCache {

    /**
     * A finished answer to one address.
     *
     * @param gzipped the body gzipped, or null where that would not make it smaller
     */
    record Page(String contentType, String disposition, byte[] body, byte[] gzipped, String etag) {

        static Page of(String contentType, String disposition, byte[] body) {
            byte[] gzipped = gzip(body);
            return new Page(contentType, disposition, body, gzipped.length < body.length ? gzipped : null,
                    Headers.etag(body));
        }

        /**
         * Written straight to Jetty with its length, in one piece: Javalin's result stream would copy it through a
         * fresh buffer on every request. So nothing after the handler can add headers to a page.
         */
        void writeTo(Context ctx) throws IOException {
            ctx.contentType(contentType);
            if (disposition != null) ctx.header("Content-Disposition", disposition);
            ctx.header("ETag", etag);
            ctx.header("Vary", "Accept-Encoding");
            if (held(ctx.header("If-None-Match"))) {
                ctx.status(HttpStatus.NOT_MODIFIED);
                return;
            }
            byte[] bytes = body;
            if (gzipped != null && acceptsGzip(ctx.header("Accept-Encoding"))) {
                ctx.header("Content-Encoding", "gzip");
                bytes = gzipped;
            }
            ctx.res().setContentLength(bytes.length);
            ctx.res().getOutputStream().write(bytes);
        }

        /** Whether the browser holds this page already: If-None-Match names its ETag among others, or "*". */
        private boolean held(String ifNoneMatch) {
            if (ifNoneMatch == null) return false;
            for (String tag : ifNoneMatch.split(",")) {
                if (tag.trim().equals(etag) || tag.trim().equals("*")) return true;
            }
            return false;
        }

        int size() {
            return body.length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final long budget;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** @param budget bytes of pages to keep, plain and gzipped */
    PageCache(long budget) {
        this.budget = budget;
    }

    synchronized Page get(String address) {
        return pages.get(address);
    }

    synchronized void put(String address, Page page) {
        if (page.size() > budget) return;
        Page replaced = pages.put(address, page);
        size += page.size() - (replaced == null ? 0 : replaced.size());
        var eldest = pages.entrySet().iterator();
        while (size > budget && eldest.hasNext()) {
            size -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized int count() {
        return pages.size();
    }

    synchronized long size() {
        return size;
    }

    /** Whether Accept-Encoding allows gzip: named without q=0, or else "*" without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        Boolean any = null;
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) refused |= parts[i].trim().matches("q\\s*=\\s*0(\\.0*)?");
            if (name.equals("gzip")) return !refused;
            if (name.equals("*")) any = !refused;
        }
        return Boolean.TRUE.equals(any);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return out.toByteArray();
    }
}
