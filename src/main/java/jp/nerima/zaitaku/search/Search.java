package jp.nerima.zaitaku.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;

import io.javalin.http.Context;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Reports;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.View;

/**
 * One search across the report ({@code /search?q=}): the page without a query holds the search box and a link to
 * the index ({@code /search/index.js}); {@link SearchAnswer} puts the results into it. {@code /search.json} is the
 * index, {@code /search.json?q=} the results.
 */
public final class Search {

    /** @param indexLink the index of the page's fiscal year, which the exported copy's script loads */
    public record Model(String indexLink, int documents) {}

    private final SearchDocuments documents;
    private final Reports reports;
    private final Map<String, SearchIndex> indexes = new ConcurrentHashMap<>();

    public Search(DSLContext dsl, Reports reports) {
        this.documents = new SearchDocuments(dsl);
        this.reports = reports;
    }

    public View page(Request request, Report report) {
        SearchIndex index = index(report);
        String q = request.queryParam("q");
        Object model = !request.format().equals("json") ? new Model("/search/index.js" + index.fy(),
                index.documents().size()) : q == null || q.isBlank() ? index : SearchAnswer.results(index, q);
        return new View("search.jte", "検索", model, null);
    }

    /** The search page made without a query, answering the request's: the same bytes the made site serves. */
    public String answer(String emptyPage, Request request, Report report) {
        return SearchAnswer.html(emptyPage, index(report), request.queryParam("q"));
    }

    /** GET /search/index.js */
    public void script(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").result(index(reports.of(ctx)).script());
    }

    public SearchIndex index(Report report) {
        return indexes.computeIfAbsent(report.label(), label -> documents.index(report,
                report == reports.latest() ? "" : "?fy=" + report.year()));
    }
}
