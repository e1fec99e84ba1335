package jp.nerima.zaitaku.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One numbered SQL script (V2__fy2022_program.sql), split into statements that remember their line. */
public record SqlScript(String name, int version, String text) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w.-]+\\.sql");

    public record Statement(String sql, int line) {}

    /** Null when the file name does not follow the V{number}__{words}.sql pattern. */
    public static SqlScript of(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? new SqlScript(fileName, Integer.parseInt(m.group(1)), text) : null;
    }

    public static boolean isScriptName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Splits at semicolons outside string literals, quoted names and comments. A statement's line is where its
     * first token stands, so an error can point people at the right place.
     */
    public List<Statement> statements() {
        List<Statement> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (quote == 0 && c == '-' && next == '-') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                if (i < text.length()) {
                    line++;
                    current.append('\n');
                }
                continue;
            }
            if (quote == 0 && c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int j = i; j < end; j++) if (text.charAt(j) == '\n') line++;
                current.append(' ');
                i = end - 1;
                continue;
            }
            if (quote == 0 && c == ';') {
                if (startLine > 0) result.add(new Statement(current.toString().strip(), startLine));
                current.setLength(0);
                startLine = 0;
                continue;
            }
            if (c == '\'' || c == '"') {
                if (quote == 0) quote = c;
                else if (quote == c) quote = 0; // a doubled quote closes and reopens: same outcome
            }
            if (startLine == 0 && !Character.isWhitespace(c)) startLine = line;
            if (c == '\n') line++;
            current.append(c);
        }
        if (startLine > 0) result.add(new Statement(current.toString().strip(), startLine));
        return result;
    }
}
