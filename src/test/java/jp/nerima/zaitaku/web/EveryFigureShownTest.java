package jp.nerima.zaitaku.web;

import java.util.Map;
import java.util.stream.Collectors;

import jp.nerima.zaitaku.FiguresShown;
import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.Site;

/** Every figure of the database is on a page the app serves, reachable by links from the overview. */
class EveryFigureShownTest extends FiguresShown {

    @Override
    protected Map<String, String> pages() {
        return Site.pages().entrySet().stream()
                .filter(e -> e.getValue().contentType().startsWith("text/html"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> HtmlText.of(e.getValue().body())));
    }
}
