package jp.nerima.zaitaku.web;

import java.util.regex.Pattern;

/**
 * Characters that have no place in a page or a spreadsheet cell: control characters other than tab and line
 * breaks (an HTML parse error; Excel may cut the cell at one), Unicode noncharacters, and the bidirectional
 * overrides and isolates that make text read as other text. Shown as U+FFFD, so a reader sees that the data holds
 * something odd instead of it vanishing; the JSON keeps the data exactly, escaped.
 */
public final class Controls {

    private static final Pattern HIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

    private Controls() {}

    public static String shown(String text) {
        return HIDDEN.matcher(text).replaceAll("\uFFFD");
    }
}
