package jp.nerima.zaitaku.search;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything the report says, as documents to search, with what matching needs from the data made ready: the
 * era years and Gregorian years that name the same year (read with JapaneseDate) and the report's spelling
 * variants (from SQL). Matching a query needs nothing else, so the same index answers in the jar, with or without
 * a database, and in the browser of an exported copy ({@code /search/index.js}).
 *
 * @param fy        the query that keeps the fiscal year in a link: "" for the latest report, "?fy=2022" otherwise
 * @param kinds     the kinds of document in the order their groups are shown when they rank alike
 * @param aliases   groups of folded words that name the same thing: {"2014", "平成26"}, {"えん下", "嚥下"}
 * @param documents in the order of the report
 */
public record SearchIndex(String fy, List<Kind> kinds, List<List<String>> aliases, List<Document> documents) {

    public record Kind(String id, String label) {}

    /**
     * A thing the report says, at one page.
     *
     * @param path   the page, site-absolute, without the fiscal year: "/initiatives/1-1-1"
     * @param anchor the place of the whole on its page, or ""
     */
    public record Document(String kind, String title, String path, String anchor, List<Section> sections) {}

    /** A part of a document at its own place of the page ("" for the document's own place). */
    public record Section(String anchor, String text) {}

    static final String SCRIPT_START = "window.searchIndex=";
    private static final ObjectMapper JSON = new ObjectMapper();

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialize", e);
        }
    }

    /** The index as a script, which a copy opened from a file share (file://) can load where it cannot fetch. */
    public String script() {
        return SCRIPT_START + json() + ";\n";
    }

    /** Reads an index written by {@link #json()} or {@link #script()}. */
    public static SearchIndex parse(String jsonOrScript) {
        String json = jsonOrScript.strip();
        if (json.startsWith(SCRIPT_START)) json = json.substring(SCRIPT_START.length(), json.length() - 1);
        try {
            return JSON.readValue(json, SearchIndex.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a search index: " + e.getOriginalMessage(), e);
        }
    }
}
