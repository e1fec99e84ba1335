package jp.nerima.zaitaku.web;

import java.util.List;

/**
 * One fiscal year's report, as every page names its source.
 *
 * @param label the fiscal year as printed ('令和4年度'), the key of every table
 * @param year    the Gregorian year the fiscal year starts in, read from the label; used in URLs (?fy=2022)
 * @param history the labels of this year and the years before it, oldest first: what its pages compare
 */
public record Report(String label, int year, String title, String asOf, String documentLabel,
                     String attachmentTitle, String attachmentUpdated, String sourceText, List<String> history) {

    /** The source line every page carries. */
    public String citation() {
        return "出典: " + title + "（" + documentLabel + "・別紙 " + attachmentUpdated + "更新）";
    }
}
