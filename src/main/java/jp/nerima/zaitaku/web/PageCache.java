package jp.nerima.zaitaku.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
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
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(HttpStatus.NOT_MODIFIED);
                return;
            }
            String accepted = ctx.header("Accept-Encoding");
            byte[] bytes = body;
            if (gzipped != null && accepted != null && accepted.contains("gzip")) {
                ctx.header("Content-Encoding", "gzip");
                bytes = gzipped;
            }
            ctx.res().setContentLength(bytes.length);
            ctx.res().getOutputStream().write(bytes);
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

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        // Made once, so the smallest there is.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return out.toByteArray();
    }
}
