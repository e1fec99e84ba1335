package jp.nerima.zaitaku.web;

import java.util.List;
import java.util.stream.Collectors;

/** A page's main table, for its CSV twin: Excel opens it as UTF-8 because of the byte order mark. */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, columns);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        out.append(cells.stream().map(Table::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) return "";
        String s = value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : Controls.shown(value.toString());
        // Excel runs a cell that starts with = + - @, a tab or a CR as a formula.
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) s = "'" + s;
        if (s.matches("(?s).*[\",\r\n].*")) s = '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }
}
