package jp.nerima.zaitaku.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.nerima.zaitaku.search.SearchIndex.Document;
import jp.nerima.zaitaku.search.SearchIndex.Kind;
import jp.nerima.zaitaku.web.Folding;

/**
 * The answer to a search, from the search page made without one and the index alone: no database, so the made
 * site answers any query the same as the live one. js/search.js does the same in an exported copy's browser;
 * keep the two alike.
 */
public final class SearchAnswer {

    /** Where the search page takes its results. */
    public static final String MARKER = "<span id=\"search-answer\" hidden></span>";
    /** The longest query answered, in characters. */
    public static final int MAX_LENGTH = 200;
    /** Results shown per kind; the rest are counted. */
    static final int SHOWN = 30;
    private static final int CONTEXT = 100;
    private static final int BEFORE = 20;
    /** A word found in a title counts this many times one found in the text. */
    private static final int IN_TITLE = 10;

    /**
     * One place found.
     *
     * @param link  the page and the place of it, site-absolute, with the fiscal year where it is not the latest
     * @param found the words found, as printed
     */
    public record Result(String title, String link, String context, List<String> found) {}

    public record Group(String kind, String label, int count, List<Result> results) {}

    private record Match(Document document, int order, int score, List<int[]> titleMarks, String text,
                         List<int[]> textMarks, String anchor) {}

    private SearchAnswer() {}

    /** The search page answering q: the empty page with the results at its marker and q in its search boxes. */
    public static String html(String emptySearchPage, SearchIndex index, String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) return emptySearchPage;
        String shown = escape(query);
        String page = emptySearchPage.replace("data-q value=\"\"", "data-q value=\"" + shown + "\"")
                .replaceFirst("<title>検索 \\| ", "<title>「" + java.util.regex.Matcher.quoteReplacement(shown)
                        + "」の検索結果 | ");
        return page.replace(MARKER, answer(index, query));
    }

    /** The results by kind, the kind of the best result first. */
    public static List<Group> results(SearchIndex index, String q) {
        List<Group> groups = new ArrayList<>();
        matches(index, q).forEach((kind, matches) -> groups.add(new Group(kind.id(), kind.label(), matches.size(),
                matches.stream().map(m -> new Result(m.document().title(), link(index, m),
                        m.text().replaceAll("\\s+", " ").strip(), found(m))).toList())));
        return groups;
    }

    private static String answer(SearchIndex index, String query) {
        StringBuilder out = new StringBuilder("<div class=\"search-answer\">");
        if (query.length() > MAX_LENGTH) {
            return out.append("<p class=\"notice\" role=\"status\">検索する言葉は").append(MAX_LENGTH)
                    .append("文字までにしてください。</p></div>").toString();
        }
        Map<Kind, List<Match>> groups = matches(index, query);
        int total = groups.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            return out.append("<p class=\"notice\" role=\"status\">「").append(escape(query))
                    .append("」に合う箇所はありません。言葉を短くするか、別の言い方でお試しください。</p></div>").toString();
        }
        out.append("<p class=\"result-count\" role=\"status\">「").append(escape(query)).append("」に合う箇所は ")
                .append(total).append("件です。</p><ul class=\"search-kinds\">");
        groups.forEach((kind, matches) -> out.append("<li><a href=\"#results-").append(kind.id()).append("\">")
                .append(kind.label()).append("（").append(matches.size()).append("件）</a></li>"));
        out.append("</ul>");
        groups.forEach((kind, matches) -> {
            out.append("<section class=\"search-group\" aria-labelledby=\"results-").append(kind.id())
                    .append("\"><h2 id=\"results-").append(kind.id()).append("\">").append(kind.label())
                    .append("（").append(matches.size()).append("件）</h2><ol class=\"search-results\">");
            for (Match m : matches.subList(0, Math.min(SHOWN, matches.size()))) {
                out.append("<li><a href=\"").append(escape(link(index, m))).append("\">")
                        .append(marked(m.document().title(), m.titleMarks(), 0, m.document().title().length()))
                        .append("</a><p class=\"search-context\">").append(context(m)).append("</p></li>");
            }
            out.append("</ol>");
            if (matches.size() > SHOWN) {
                out.append("<p class=\"more\">ほかに").append(matches.size() - SHOWN)
                        .append("件あります。言葉を加えると絞り込めます。</p>");
            }
            out.append("</section>");
        });
        return out.append("</div>").toString();
    }

    /** Every document that holds every word, best first, grouped by kind in the order of each kind's best. */
    private static Map<Kind, List<Match>> matches(SearchIndex index, String q) {
        List<List<String>> terms = terms(q, index.aliases());
        List<Match> found = new ArrayList<>();
        if (terms.isEmpty() || q.strip().length() > MAX_LENGTH) return Map.of();
        List<Document> documents = index.documents();
        for (int i = 0; i < documents.size(); i++) {
            Match m = match(documents.get(i), i, terms);
            if (m != null) found.add(m);
        }
        found.sort(Comparator.comparingInt(Match::score).reversed().thenComparingInt(Match::order));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        index.kinds().forEach(k -> kinds.put(k.id(), k));
        Map<Kind, List<Match>> groups = new LinkedHashMap<>();
        for (Match m : found) groups.computeIfAbsent(kinds.get(m.document().kind()), k -> new ArrayList<>()).add(m);
        return groups;
    }

    /**
     * The query's words, each with the other ways of writing it: folded, and with every alias it contains
     * replaced by the others of its group (2014 → 平成26, えん下 → 嚥下).
     */
    static List<List<String>> terms(String q, List<List<String>> aliases) {
        List<List<String>> terms = new ArrayList<>();
        for (String word : Folding.fold(q).strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            Set<String> ways = new LinkedHashSet<>();
            ways.add(word);
            for (List<String> group : aliases) {
                for (String alias : group) {
                    if (!word.contains(alias)) continue;
                    for (String other : group) ways.add(word.replace(alias, other));
                }
            }
            terms.add(List.copyOf(ways));
        }
        return terms;
    }

    private static Match match(Document d, int order, List<List<String>> terms) {
        Folding.Folded title = Folding.of(d.title());
        List<Folding.Folded> sections = d.sections().stream().map(s -> Folding.of(s.text())).toList();
        List<int[]> titleMarks = new ArrayList<>();
        List<List<int[]>> sectionMarks = new ArrayList<>();
        sections.forEach(s -> sectionMarks.add(new ArrayList<>()));
        int score = 0;
        for (List<String> term : terms) {
            boolean inTitle = find(title, term, titleMarks);
            boolean inText = false;
            for (int k = 0; k < sections.size(); k++) inText |= find(sections.get(k), term, sectionMarks.get(k));
            if (!inTitle && !inText) return null;
            score += inTitle ? IN_TITLE : 1;
        }
        for (int k = 0; k < sections.size(); k++) {
            if (!sectionMarks.get(k).isEmpty()) {
                String anchor = d.sections().get(k).anchor();
                return new Match(d, order, score, titleMarks, d.sections().get(k).text(), sectionMarks.get(k),
                        anchor.isEmpty() ? d.anchor() : anchor);
            }
        }
        String text = d.sections().stream().map(SearchIndex.Section::text).filter(t -> !t.isBlank()).findFirst()
                .orElse("");
        return new Match(d, order, score, titleMarks, text, List.of(), d.anchor());
    }

    /**
     * Marks every place of the text where one of the ways of writing a word stands, in the printed text's
     * positions. A number is not found inside a longer one (2 is not in 26).
     */
    private static boolean find(Folding.Folded text, List<String> ways, List<int[]> marks) {
        boolean found = false;
        String folded = text.text();
        for (String way : ways) {
            for (int at = folded.indexOf(way); at >= 0; at = folded.indexOf(way, at + 1)) {
                int end = at + way.length();
                if (isDigit(way.charAt(0)) && at > 0 && isDigit(folded.charAt(at - 1))) continue;
                if (isDigit(way.charAt(way.length() - 1)) && end < folded.length() && isDigit(folded.charAt(end))) {
                    continue;
                }
                marks.add(new int[]{text.origin()[at], text.origin()[end]});
                found = true;
            }
        }
        return found;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String link(SearchIndex index, Match m) {
        return m.document().path() + index.fy() + (m.anchor().isEmpty() ? "" : "#" + m.anchor());
    }

    private static List<String> found(Match m) {
        Set<String> words = new LinkedHashSet<>();
        m.titleMarks().forEach(r -> words.add(m.document().title().substring(r[0], r[1])));
        m.textMarks().forEach(r -> words.add(m.text().substring(r[0], r[1])));
        return List.copyOf(words);
    }

    /** Up to 100 characters of the text around its first mark, each mark highlighted. */
    private static String context(Match m) {
        String text = m.text();
        int first = m.textMarks().stream().mapToInt(r -> r[0]).min().orElse(0);
        int start = text.length() <= CONTEXT ? 0 : Math.max(0, Math.min(first - BEFORE, text.length() - CONTEXT));
        int end = Math.min(text.length(), start + CONTEXT);
        return (start > 0 ? "…" : "") + marked(text, m.textMarks(), start, end) + (end < text.length() ? "…" : "");
    }

    /** The text from start to end, escaped, with the marked ranges (overlapping or not) in mark elements. */
    private static String marked(String text, List<int[]> marks, int start, int end) {
        boolean[] inMark = new boolean[text.length()];
        for (int[] r : marks) for (int i = r[0]; i < r[1]; i++) inMark[i] = true;
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (inMark[i] != open) {
                out.append(open ? "</mark>" : "<mark>");
                open = inMark[i];
            }
            out.append(escape(String.valueOf(text.charAt(i))));
        }
        if (open) out.append("</mark>");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
