package jp.nerima.zaitaku.web;

/**
 * What a page handler returns: the data of one page, rendered as HTML by its template, as JSON as it is, and as
 * CSV from its main table.
 *
 * @param table the rows the CSV twin holds; null where the page has no single main table
 */
public record View(String template, String title, Object model, Table table) {

    public static View of(String template, String title, Object model) {
        return new View(template, title, model, null);
    }
}
