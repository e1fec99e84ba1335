package jp.nerima.zaitaku.web;

import java.util.List;

/**
 * What the shared layout needs to frame a page: its title, the report it shows, where it stands and its twins.
 *
 * @param path the page's path without query, e.g. "/initiatives/1-1-1"
 */
public record Layout(String title, Report report, List<Report> reports, String path, boolean hasCsv) {

    /** A link that keeps the fiscal year the reader chose; the latest year needs no parameter. */
    public String link(String target) {
        if (report == reports.get(reports.size() - 1)) return target;
        int hash = target.indexOf('#');
        String base = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "fy=" + report.year() + fragment;
    }

    public String jsonLink() {
        return link(twin(".json"));
    }

    public String csvLink() {
        return link(twin(".csv"));
    }

    private String twin(String suffix) {
        return (path.equals("/") ? "/index" : path) + suffix;
    }

    public boolean isCurrent(String section) {
        return section.equals("/") ? path.equals("/") : path.startsWith(section);
    }

    /** A link to a line of the report's extracted source text. */
    public String sourceLink(int line) {
        return link("/source#L" + line);
    }
}
