package jp.nerima.zaitaku;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text a reader sees in a page: tags dropped, entities decoded, white space folded. */
public final class HtmlText {

    private static final Pattern NUMERIC = Pattern.compile("&#(\\d+);");

    private HtmlText() {}

    public static String of(String html) {
        return decode(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " "))
                .replaceAll("\\s+", " ");
    }

    /** An attribute's or a text's characters, as the browser reads them. */
    public static String decode(String escaped) {
        Matcher numeric = NUMERIC.matcher(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(numeric.group(1)))));
        }
        numeric.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }
}
