package jp.nerima.zaitaku.export;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;

/**
 * A static copy of the dashboard: every page, twin and asset reachable by links from the overview, fetched from the
 * running app exactly as a browser gets them, with each site-absolute link rewritten to a relative one.
 */
public final class StaticSite {

    /**
     * What was written.
     *
     * @param failed addresses that the dashboard itself answers with an error page (a link of the site that leads
     *               nowhere); the copy holds that same page there, so it behaves as the dashboard does
     * @param broken of those, the ones the dashboard could not make (5xx): a fault, not a page to copy
     */
    public record Written(int files, long bytes, List<String> failed, List<String> broken) {}

    // Every place of our pages and styles that holds an address of the site: attributes (href, src, the form's
    // action, data-* such as the slides' data-auto-next) and url() of a style sheet. Group 1 is kept, group 2
    // relinked.
    private static final Pattern LINK =
            Pattern.compile("(\\b(?:href|src|action|data-[a-z-]+)=\"|url\\(['\"]?)(/(?!/)[^\"')]*)");

    private StaticSite() {}

    public static Written export(Javalin app, Path folder) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        List<String> failed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        queue.add("/");
        seen.add("/");
        int files = 0;
        long bytes = 0;
        while (!queue.isEmpty()) {
            String address = queue.poll();
            HttpResponse<byte[]> response = get(client, app.port(), address);
            if (response.statusCode() != 200) failed.add(address);
            if (response.statusCode() >= 500) broken.add(address);
            String file = file(address);
            byte[] body = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html") || type.startsWith("text/css")) {
                body = relink(new String(body, StandardCharsets.UTF_8), file, target -> {
                    if (seen.add(target)) queue.add(target);
                }).getBytes(StandardCharsets.UTF_8);
            }
            Path out = folder.resolve(file);
            Files.createDirectories(out.getParent());
            Files.write(out, body);
            files++;
            bytes += body.length;
        }
        return new Written(files, bytes, failed, broken);
    }

    /**
     * The page or style sheet with every link made relative to its own file; a page is marked as a static copy,
     * where the activities' filter works in the browser (activities.js) since no server answers the form.
     */
    static String relink(String text, String file, Consumer<String> found) {
        Matcher m = LINK.matcher(text.replaceFirst("<html lang=\"ja\">", "<html lang=\"ja\" data-export=\"static\">"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String link = m.group(2).replace("&amp;", "&");
            int hash = link.indexOf('#');
            String target = hash < 0 ? link : link.substring(0, hash);
            String fragment = hash < 0 ? "" : link.substring(hash);
            found.accept(target);
            String relative = SiteFiles.relative(file, file(target)) + fragment;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + relative));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static HttpResponse<byte[]> get(HttpClient client, int port, String address) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri(port, address)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // The app runs in this JVM on the loopback address: not answering is a fault of ours, not the reader's.
            throw new IllegalStateException("the dashboard did not answer " + address, e);
        }
    }

    private static String file(String address) {
        int question = address.indexOf('?');
        return question < 0 ? SiteFiles.file(address, null)
                : SiteFiles.file(address.substring(0, question), address.substring(question + 1));
    }

    /** Our links are written unencoded (?audience=区民); the URI constructor encodes what needs it. */
    private static URI uri(int port, String address) {
        int question = address.indexOf('?');
        try {
            return new URI("http", null, "127.0.0.1", port, question < 0 ? address : address.substring(0, question),
                    question < 0 ? null : address.substring(question + 1), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a link of the site is not an address: " + address, e);
        }
    }
}
