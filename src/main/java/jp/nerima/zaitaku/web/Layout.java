package jp.nerima.zaitaku.web;

import java.util.List;

/**
 * What the shared layout needs to frame a page: its title, the report it shows, where it stands and its twins.
 *
 * @param path     the page's path without query, e.g. "/initiatives/1-1-1"
 * @param embedded true where a page's content is part of another page (the handout): no frame, no breadcrumbs
 * @param conditions the page's query without the fiscal year ("org=4&q=…"), which its twins keep: a filtered
 *                   list downloads as filtered
 */
public record Layout(String title, Report report, Reports reports, Addresses addresses, String path, boolean hasCsv,
                     boolean embedded, String conditions) {

    /** Which pages each report has. */
    @FunctionalInterface
    public interface Addresses {
        boolean exists(String path, Report report);
    }

    public Layout(String title, Report report, Reports reports, Addresses addresses, String path, boolean hasCsv) {
        this(title, report, reports, addresses, path, hasCsv, false, "");
    }

    public Layout(String title, Report report, Reports reports, Addresses addresses, String path, boolean hasCsv,
                  boolean embedded) {
        this(title, report, reports, addresses, path, hasCsv, embedded, "");
    }

    /** The frame of another page's content inside this page. */
    public Layout embed(String title, String path) {
        return new Layout(title, report, reports, addresses, path, false, true);
    }

    /** A link that keeps the fiscal year the reader chose; the latest year needs no parameter. */
    public String link(String target) {
        if (report == reports.latest()) return target;
        int hash = target.indexOf('#');
        String base = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "fy=" + report.year() + fragment;
    }

    /** This page in another fiscal year's report, or that report's overview where it has no such page. */
    public String inYear(Report other) {
        String target = other == report || addresses.exists(path, other) ? path : "/";
        return other == reports.latest() ? target : target + "?fy=" + other.year();
    }

    public String jsonLink() {
        return link(twin(".json") + (conditions.isEmpty() ? "" : "?" + conditions));
    }

    public String csvLink() {
        return link(twin(".csv") + (conditions.isEmpty() ? "" : "?" + conditions));
    }

    /** One table of this page, by its id, in the format of a twin: /indicators.csv?table=deaths. */
    public String tableLink(String format, String table) {
        return link(twin("." + format) + "?table=" + table + (conditions.isEmpty() ? "" : "&" + conditions));
    }

    private String twin(String suffix) {
        return (path.equals("/") ? "/index" : path) + suffix;
    }

    private static final List<String[]> NAVIGATION = List.of(
            new String[]{"/", "概要"},
            new String[]{"/program", "体系図"},
            new String[]{"/indicators", "指標"},
            new String[]{"/areas/C-1", "コロナ禍の取組"},
            new String[]{"/activities", "別紙の取組"},
            new String[]{"/checks", "データの確認"},
            new String[]{"/source", "出典"},
            new String[]{"/present", "発表モード"},
            new String[]{"/handout", "配布資料（印刷）"});

    /** The main sections this report has: path and label. */
    public List<String[]> navigation() {
        return NAVIGATION.stream().filter(item -> addresses.exists(item[0], report)).toList();
    }

    public boolean isCurrent(String section) {
        return section.equals("/") ? path.equals("/") : path.equals(section) || path.startsWith(section + "/");
    }

    /** Chart.js from its webjar, at the version the build put in the jar. */
    public String chartJs() {
        return Assets.CHART_JS;
    }

    /** A link to a line of the report's extracted source text. */
    public String sourceLink(int line) {
        return link("/source#L" + line);
    }
}
