package jp.nerima.zaitaku.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.jetty.servlet.FilterHolder;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every response says about itself, pages, errors, static files and webjars alike: where its content may come
 * from, that it is not to be framed or sniffed, and how long it may be kept. Set in front of Javalin so no answer
 * can go out without it.
 */
public final class Headers implements Filter {

    /** Everything the pages use comes from this server: no inline script or style, nothing from elsewhere. */
    public static final Map<String, String> SECURITY = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            // A report needs none of these; presentation mode may fill the projector's screen.
            "Permissions-Policy", "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
                    + "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), fullscreen=(self)");

    /** Pages change when the scripts do, so browsers keep them but ask first (their ETag makes that cheap). */
    public static final String REVALIDATE = "no-cache";

    public static void install(JavalinConfig config) {
        config.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(new Headers()), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        config.router.mount(router -> router.after(Headers::etag));
    }

    /**
     * A validator from the bytes of an answer held as a result (/print.css): Javalin answers 304 when the browser
     * already holds them. Pages bring theirs from the page cache and are written before this runs.
     */
    private static void etag(Context ctx) {
        if (ctx.status() == HttpStatus.OK && ctx.resultInputStream() instanceof ByteArrayInputStream body) {
            ctx.header("ETag", etag(body.readAllBytes()));
            body.reset();
        }
    }

    /** Weak, because the gzipped and the plain page are the same page. */
    static String etag(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return "W/\"" + Long.toHexString(crc.getValue()) + "\"";
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        SECURITY.forEach(response::setHeader);
        response.setHeader("Cache-Control", REVALIDATE); // static files set their own
        // HEAD answers exactly as GET would; Jetty sends the headers and drops the body because the request on the
        // wire is still a HEAD.
        chain.doFilter(request.getMethod().equals("HEAD") ? new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        } : request, response);
    }
}
