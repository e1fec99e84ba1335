package jp.nerima.zaitaku;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every page reachable by links from the overview, fetched once and shared by the tests that read them all. */
public final class Site {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static Map<String, TestApp.Response> pages;

    private Site() {}

    /** By path (with query), in the order they were found; every internal link of every HTML page is followed. */
    public static synchronized Map<String, TestApp.Response> pages() {
        if (pages == null) pages = crawl(TestApp::get);
        return pages;
    }

    /** The same walk on any server, given how to get a path from it. */
    public static Map<String, TestApp.Response> crawl(Function<String, TestApp.Response> get) {
        Map<String, TestApp.Response> found = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (found.containsKey(path)) continue;
            TestApp.Response response = get.apply(path);
            found.put(path, response);
            if (response.contentType().startsWith("text/html")) {
                links(response.body()).stream().map(Site::withoutFragment).filter(p -> !found.containsKey(p))
                        .forEach(queue::add);
            }
        }
        return found;
    }

    /** Internal links as written in the page (HTML entities decoded), fragments included. */
    public static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("/") && !href.startsWith("//")) links.add(href);
        }
        return links;
    }

    public static String withoutFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    public static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
    }
}
