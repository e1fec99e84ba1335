package jp.nerima.zaitaku.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import jp.nerima.zaitaku.web.MadePages;

/**
 * {@code /search?q=} on the site made at build: answered from the made search page and the made index alone, so a
 * search in the jar needs no database. The live route answers with the same bytes ({@link SearchAnswer}).
 */
public final class MadeSearch {

    private final MadePages made;
    private volatile SearchIndex index;

    public MadeSearch(MadePages made) {
        this.made = made;
    }

    /** Answers a query of the latest year; anything else (another year, a twin) goes on to the routes. */
    public void answer(Context ctx) throws IOException {
        Map<String, List<String>> query = ctx.queryParamMap();
        MadePages.Made page = made.made("/search");
        if (page == null || query.size() != 1 || !query.containsKey("q")) return;
        made.answer(ctx, SearchAnswer.html(new String(page.body(), StandardCharsets.UTF_8), index(),
                ctx.queryParam("q")));
    }

    /** Read from the jar on the first search. */
    private SearchIndex index() {
        SearchIndex read = index;
        if (read == null) {
            read = SearchIndex.parse(new String(made.made("/search/index.js").body(), StandardCharsets.UTF_8));
            index = read;
        }
        return read;
    }
}
