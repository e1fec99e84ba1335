package jp.nerima.zaitaku.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site of the built-in report, made once at build (see {@code BuildPages}) and kept in the jar: each address
 * with its content type, its ETag and its body, gzipped once. The jar serves the pages as they are, with no
 * database and no template at work (the static files keep their own handler), and {@code export} copies them all.
 * It stands in front of Javalin as a servlet filter: a made page is a GET of an address the site links to, so none
 * of Javalin's checks could fail for it, and it is sent from memory outside the heap, as nginx sends a file.
 *
 * <p>In the jar: {@code made/pages.tsv}, a line per address (as sent, as linked, content type, disposition or "-",
 * ETag, "gzip" or "plain", length, "page" or "file"), and {@code made/pages.bin}, the stored bodies one after
 * another in the same order.
 */
public final class MadePages implements Filter {

    public static final String INDEX = "made/pages.tsv";
    public static final String BODIES = "made/pages.bin";

    /**
     * An address as the build found it and the answer a browser gets there.
     *
     * @param sent    the address as a browser sends it, its query encoded: how a request finds it
     * @param linked  the address as the site's links write it ({@code ?audience=区民}): how a copy names its file
     * @param file    a static file (/static/…, /webjars/…), served by its own handler with its own cache headers
     */
    public record Made(String sent, String linked, String contentType, String disposition, byte[] body,
                       boolean file) {}

    /** Where a body lies in {@code pages.bin}, and what is said of it. */
    private record Stored(String linked, String contentType, String disposition, String etag, boolean gzipped,
                          int offset, int length, boolean file) {}

    private final Map<String, Stored> index;
    private final ByteBuffer bodies;
    private final List<String> addresses;
    // Made into answers on first request: ungzipping them all would hold up the start.
    private final Map<String, PageCache.Page> pages = new ConcurrentHashMap<>();

    private MadePages(Map<String, Stored> index, ByteBuffer bodies, List<String> addresses) {
        this.index = index;
        this.bodies = bodies;
        this.addresses = addresses;
    }

    /** The pages in the jar (or on the classpath); null where none were made, as in a build that skipped it. */
    public static MadePages load() {
        ClassLoader loader = MadePages.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(INDEX);
             InputStream bodies = loader.getResourceAsStream(BODIES)) {
            if (index == null || bodies == null) return null;
            return read(new String(index.readAllBytes(), StandardCharsets.UTF_8), bodies.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the pages made at build cannot be read from the jar", e);
        }
    }

    private static MadePages read(String lines, byte[] stored) {
        Map<String, Stored> index = new HashMap<>();
        List<String> addresses = new ArrayList<>();
        int offset = 0;
        for (String line : lines.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            int length = Integer.parseInt(f[6]);
            index.put(f[0], new Stored(f[1], f[2], f[3].equals("-") ? null : f[3], f[4], f[5].equals("gzip"), offset,
                    length, f[7].equals("file")));
            addresses.add(f[0]);
            offset += length;
        }
        return new MadePages(index, direct(stored), List.copyOf(addresses));
    }

    private PageCache.Page page(String address) {
        PageCache.Page page = pages.get(address);
        if (page != null) return page;
        Stored stored = index.get(address);
        if (stored == null) return null;
        ByteBuffer bytes = bodies.slice(stored.offset(), stored.length());
        // Browsers ask for gzip: the body as it is is made only for a client that does not.
        page = new PageCache.Page(stored.contentType(), stored.disposition(), stored.etag(),
                stored.gzipped() ? bytes : null, stored.gzipped() ? new Gunzipped(bytes) : () -> bytes);
        pages.put(address, page);
        return page;
    }

    /** The two files of the jar, as {@code BuildPages} writes them. */
    public record Packed(String index, byte[] bodies) {}

    /** The pages as the jar holds them: each gzipped once (unless that makes it larger), with its ETag. */
    public static Packed pack(List<Made> made) {
        StringBuilder index = new StringBuilder();
        ByteArrayOutputStream bodies = new ByteArrayOutputStream();
        for (Made m : made) {
            if ((m.sent() + m.linked()).matches("(?s).*[\t\n].*")) {
                throw new IllegalArgumentException("an address of the site holds a tab or a line break: " + m.linked());
            }
            PageCache.Page page = PageCache.Page.of(m.contentType(), m.disposition(), m.body());
            ByteBuffer stored = page.gzipped() != null ? page.gzipped() : page.body().get();
            index.append(String.join("\t", m.sent(), m.linked(), m.contentType(),
                    m.disposition() == null ? "-" : m.disposition(), page.etag(),
                    page.gzipped() != null ? "gzip" : "plain", String.valueOf(stored.remaining()),
                    m.file() ? "file" : "page")).append('\n');
            bodies.writeBytes(PageCache.bytes(stored));
        }
        return new Packed(index.toString(), bodies.toByteArray());
    }

    /**
     * Answers a request with the page made for its address, as the browser sends it (path and raw query), and
     * nothing else runs for it; any other address goes on to Javalin, whose routes make its page.
     */
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String query = request.getQueryString();
        String address = request.getRequestURI() + (query == null ? "" : "?" + query);
        Stored stored = index.get(address);
        // HEAD arrives as GET (see Headers); static files keep their own handler and cache headers.
        if (stored == null || stored.file() || !request.getMethod().equals("GET")) {
            chain.doFilter(req, res);
        } else {
            page(address).writeTo(request, (HttpServletResponse) res);
        }
    }

    /** Answers a request with a page made from made pages alone (a search's results in the made search page). */
    public void answer(Context ctx, String html) throws IOException {
        PageCache.Page.of("text/html; charset=utf-8", null, html.getBytes(StandardCharsets.UTF_8)).writeTo(ctx);
        ctx.skipRemainingHandlers();
    }

    /** Every address made (as sent), in the order the build found them. */
    public List<String> addresses() {
        return addresses;
    }

    /** What was made for an address (as sent), as a browser gets it without gzip; null where nothing was. */
    public Made made(String address) {
        Stored stored = index.get(address);
        if (stored == null) return null;
        PageCache.Page page = page(address);
        return new Made(address, stored.linked(), page.contentType(), page.disposition(), page.bytes(), stored.file());
    }

    /** Off the heap, as Jetty writes it to a socket without a copy of its own. */
    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    /** A stored body as it is, ungzipped when first asked for, once. */
    private static final class Gunzipped implements Supplier<ByteBuffer> {
        private final ByteBuffer gzipped;
        private volatile ByteBuffer body;

        Gunzipped(ByteBuffer gzipped) {
            this.gzipped = gzipped;
        }

        @Override
        public ByteBuffer get() {
            if (body == null) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(PageCache.bytes(gzipped)))) {
                    body = direct(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("a page made at build is not whole in the jar", e);
                }
            }
            return body;
        }
    }
}
