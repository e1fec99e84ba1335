package jp.nerima.zaitaku;

/** The text a reader sees in a page: tags dropped, entities decoded, white space folded. */
public final class HtmlText {

    private HtmlText() {}

    public static String of(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
