package jp.nerima.zaitaku.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jetty.server.HttpOutput;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages made once: the database cannot change after start, so an address always gets the same bytes, gzipped once
 * too. Bounded by size, least recently used out first, so that endless search words cannot fill the memory.
 */
final class PageCache {

    /**
     * A finished answer to one address.
     *
     * @param gzipped the body gzipped, or null where that would not make it smaller
     * @param body    the body as it is, made when first asked for where it is kept gzipped only
     */
    record Page(String contentType, String disposition, String etag, ByteBuffer gzipped, Supplier<ByteBuffer> body) {

        static Page of(String contentType, String disposition, byte[] body) {
            byte[] gzipped = gzip(body);
            ByteBuffer plain = ByteBuffer.wrap(body).asReadOnlyBuffer();
            return new Page(contentType, disposition, Headers.etag(body),
                    gzipped.length < body.length ? ByteBuffer.wrap(gzipped).asReadOnlyBuffer() : null, () -> plain);
        }

        void writeTo(Context ctx) throws IOException {
            writeTo(ctx.req(), ctx.res());
        }

        /**
         * Handed to Jetty whole, with its length, as one buffer of its own: Javalin's result stream, or a write to
         * the servlet stream, would copy it through fresh buffers on every request. So nothing after this can add
         * headers to a page.
         */
        void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            if (disposition != null) response.setHeader("Content-Disposition", disposition);
            response.setHeader("ETag", etag);
            response.setHeader("Vary", "Accept-Encoding");
            if (held(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpStatus.NOT_MODIFIED.getCode());
                return;
            }
            boolean gzip = gzipped != null && acceptsGzip(request.getHeader("Accept-Encoding"));
            if (gzip) response.setHeader("Content-Encoding", "gzip");
            ByteBuffer bytes = gzip ? gzipped : body.get();
            response.setContentLength(bytes.remaining());
            ((HttpOutput) response.getOutputStream()).sendContent(bytes.slice());
        }

        /** The body as bytes of its own. */
        byte[] bytes() {
            return PageCache.bytes(body.get());
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
            return body.get().remaining() + (gzipped == null ? 0 : gzipped.remaining());
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

    /** What a buffer holds, as bytes of its own; the buffer is left as it was. */
    static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.slice().get(bytes);
        return bytes;
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
