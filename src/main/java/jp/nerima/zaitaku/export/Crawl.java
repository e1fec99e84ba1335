package jp.nerima.zaitaku.export;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every address of a running dashboard reachable by links from the overview, fetched exactly as a browser gets
 * it: the one list of the site's addresses, which the build makes into the jar and {@code export} into a folder.
 */
public final class Crawl {

    /**
     * One address and its answer.
     *
     * @param address    as the site's links write it ({@code /activities?audience=区民})
     * @param sent       as it went over the wire, the query encoded ({@code /activities?audience=%E5%8C%BA%E6%B0%91})
     * @param redirected whether the answer is the page another address sent the crawl on to
     */
    public record Answer(String address, String sent, int status, String contentType, String disposition,
                         byte[] body, boolean redirected) {

        public boolean isText() {
            return contentType.startsWith("text/html") || contentType.startsWith("text/css");
        }
    }

    // Every place of our pages and styles that holds an address of the site: attributes (href, src, the form's
    // action, data-* such as the slides' data-auto-next) and url() of a style sheet. Group 1 is kept, group 2 is
    // the address.
    static final Pattern LINK = Pattern.compile("(\\b(?:href|src|action|data-[a-z-]+)=\"|url\\(['\"]?)(/(?!/)[^\"')]*)");

    private Crawl() {}

    /** The answers of the dashboard on the port, in the order the links were found. */
    public static List<Answer> site(int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        List<Answer> answers = new ArrayList<>();
        while (!queue.isEmpty()) {
            String address = queue.poll();
            URI uri = uri(port, address);
            HttpResponse<byte[]> response = get(client, uri, address);
            String type = response.headers().firstValue("Content-Type").orElse("");
            Answer answer = new Answer(address, sent(uri), response.statusCode(), type,
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body(),
                    !response.uri().equals(uri));
            answers.add(answer);
            if (answer.isText()) {
                for (String link : links(new String(answer.body(), StandardCharsets.UTF_8))) {
                    if (seen.add(link)) queue.add(link);
                }
            }
        }
        return answers;
    }

    /** The addresses a page or style sheet links to, without fragments, as written (HTML entities decoded). */
    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) links.add(withoutFragment(m.group(2).replace("&amp;", "&")));
        return links;
    }

    static String withoutFragment(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }

    private static HttpResponse<byte[]> get(HttpClient client, URI uri, String address) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // The app runs in this JVM on the loopback address: not answering is a fault of ours, not the reader's.
            throw new IllegalStateException("the dashboard did not answer " + address, e);
        }
    }

    private static String sent(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
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
