package jp.nerima.zaitaku.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * What Japanese readers treat as the same letters: full and half width (NFKC: ｹｱﾏﾈｼﾞｬｰ is ケアマネジャー, ２０１４ is
 * 2014), katakana and hiragana (けあまねじゃー), upper and lower case, and the wave dashes 〜 ～ ~ the report and
 * keyboards mix. js/search.js and js/activities.js fold the same way; the search index holds what needs data
 * (years, spelling variants).
 */
public final class Folding {

    /**
     * A text folded, with where each of its characters came from, so that a match can be marked in the text as
     * printed.
     *
     * @param origin for each char of {@code text}, the index of the first char of the printed text it comes from;
     *               one more entry at the end holds the printed text's length
     */
    public record Folded(String text, int[] origin) {}

    private Folding() {}

    public static String fold(String text) {
        return of(text).text();
    }

    public static Folded of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            // A half-width voiced mark (ｼﾞ) belongs to the letter before it: NFKC makes the two one (ジ).
            while (end < text.length() && isVoicedMark(text.charAt(end))) end++;
            String piece = foldPiece(text, i, end);
            if (folded.length() + piece.length() >= origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2 + piece.length());
            }
            for (int k = 0; k < piece.length(); k++) origin[folded.length() + k] = i;
            folded.append(piece);
            i = end;
        }
        origin[folded.length()] = text.length();
        return new Folded(folded.toString(), Arrays.copyOf(origin, folded.length() + 1));
    }

    private static boolean isVoicedMark(char c) {
        return c == '\uFF9E' || c == '\uFF9F' || c == '\u3099' || c == '\u309A';
    }

    private static String foldPiece(String text, int start, int end) {
        char first = text.charAt(start);
        // Most of the report is kanji, hiragana and ASCII, which NFKC leaves as they are.
        if (end == start + 1 && (first >= '\u4E00' && first <= '\u9FFF' || first >= '\u3041' && first <= '\u3096'
                || first >= '0' && first <= '9' || first >= 'a' && first <= 'z')) {
            return String.valueOf(first);
        }
        String nfkc = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int k = 0; k < nfkc.length(); k++) {
            char c = nfkc.charAt(k);
            if (c >= '\u30A1' && c <= '\u30F6') c = (char) (c - 0x60); // katakana → hiragana
            else if (c == '\u301C' || c == '\u3030' || c == '\u223C') c = '~'; // 〜 〰 ∼; NFKC made ～ into ~
            out.append(c);
        }
        return out.toString();
    }
}
