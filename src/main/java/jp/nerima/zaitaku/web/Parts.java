package jp.nerima.zaitaku.web;

import java.util.List;

/**
 * The model of a page made of other pages, as the handout is: each part is rendered by its own page's template,
 * without the site's frame, so a part reads exactly as the page it comes from.
 */
public record Parts(List<Part> parts) {

    /** @param path the address of the part's own page */
    public record Part(String path, View view) {}

    /** A part as the page's template prints it; {@code id} is its anchor in the table of contents. */
    public record Rendered(String id, String title, String path, String html) {}
}
