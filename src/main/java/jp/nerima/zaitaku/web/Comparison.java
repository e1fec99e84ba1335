package jp.nerima.zaitaku.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of one table in the shown fiscal year and the years before it, matched by code: what each year
 * printed, the change since the year before, and grouped bar charts with one series per year. Printed figures are
 * shown untouched; the change is computed from the amounts, and only where every year prints the figure in the same
 * unit, as only those figures are charted.
 *
 * @param years  the years that print any of the figures, oldest first; the shown year last
 * @param rows   one per code that two or more of the years print, in the shown year's order
 * @param charts one per unit
 */
public record Comparison(String title, List<Year> years, List<Row> rows, List<Chart> charts) {

    /** @param note when the year's figures stand, as printed ('令和5年1月1日時点'), or null */
    public record Year(String label, String note) {}

    /** One figure of one fiscal year; {@code code} is what names the same figure in every year. */
    public record Figure(String fiscalYear, String code, String label, BigDecimal amount, String unit,
                         String printed) {}

    /**
     * @param printed    per year, null where that year does not print the figure
     * @param unit       null where the years print the figure in different units
     * @param change     the shown year's amount minus the year before's; null where either lacks the figure or the
     *                   units differ
     * @param changeText the change in words: '+12人', '−3.5ポイント'
     */
    public record Row(String code, String label, List<String> printed, String unit, BigDecimal change,
                      String changeText) {

        /** The printed figure of the year before the shown one, or null. */
        public String previous() {
            return printed.get(printed.size() - 2);
        }
    }

    /** The year the shown one is compared with. */
    public String previousYear() {
        return years.get(years.size() - 2).label();
    }

    public String shownYear() {
        return years.get(years.size() - 1).label();
    }

    /** The row of a code, or null. */
    public Row row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    public boolean unitsDiffer() {
        return rows.stream().anyMatch(r -> r.unit() == null);
    }

    /**
     * @param figures the figures of any years; those after the shown one are left out, so a year's page reads as it
     *                did when it was the latest
     * @param notes   by fiscal year, when its figures stand; may be empty
     * @return null unless two of the years print a figure of the same code
     */
    public static Comparison of(Report shown, String id, String title, String source, Map<String, String> notes,
                                List<Figure> figures) {
        Map<String, Map<String, Figure>> byYear = new LinkedHashMap<>();
        shown.history().forEach(year -> byYear.put(year, new LinkedHashMap<>()));
        figures.stream().filter(f -> byYear.containsKey(f.fiscalYear()))
                .forEach(f -> byYear.get(f.fiscalYear()).putIfAbsent(f.code(), f));
        byYear.values().removeIf(Map::isEmpty);
        if (byYear.size() < 2) return null;
        List<String> years = List.copyOf(byYear.keySet());

        Set<String> codes = new LinkedHashSet<>();
        for (int y = years.size() - 1; y >= 0; y--) codes.addAll(byYear.get(years.get(y)).keySet());
        List<Row> rows = codes.stream()
                .map(code -> row(code, years.stream().map(y -> byYear.get(y).get(code)).toList()))
                .filter(Objects::nonNull).toList();
        if (rows.isEmpty()) return null;

        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        rows.stream().filter(r -> r.unit() != null)
                .forEach(r -> byUnit.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
        List<Chart> charts = new ArrayList<>();
        byUnit.forEach((unit, charted) -> {
            String chartId = id + "-years" + (byUnit.size() > 1 ? "-" + (charts.size() + 1) : "");
            Chart.Builder chart = Chart.builder(chartId, title, unit, charted.size() > 3 ? "hbar" : "bar");
            // A year that lacks a figure still takes its place, so every label keeps the years in order.
            charted.forEach(r -> years.forEach(y -> {
                Figure f = byYear.get(y).get(r.code());
                chart.add(r.label(), y, f == null ? null : f.amount(), f == null ? null : f.printed());
            }));
            charts.add(chart.source(source).build());
        });
        return new Comparison(title, years.stream().map(y -> new Year(y, notes.get(y))).toList(), rows,
                List.copyOf(charts));
    }

    /** Null unless two of the years print the figure. */
    private static Row row(String code, List<Figure> perYear) {
        List<Figure> present = perYear.stream().filter(Objects::nonNull).toList();
        if (present.size() < 2) return null;
        String unit = present.stream().map(Figure::unit).distinct().count() == 1 ? present.get(0).unit() : null;
        Figure shown = perYear.get(perYear.size() - 1);
        Figure before = perYear.get(perYear.size() - 2);
        BigDecimal change = unit == null || shown == null || before == null ? null
                : shown.amount().subtract(before.amount());
        return new Row(code, present.get(present.size() - 1).label(),
                perYear.stream().map(f -> f == null ? null : f.printed()).toList(), unit, change,
                change == null ? null : words(change, unit));
    }

    /** A share changes by points, not by per cent. */
    private static String words(BigDecimal change, String unit) {
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±";
        return sign + new DecimalFormat("#,##0.##########").format(change.abs())
                + ("%".equals(unit) ? "ポイント" : unit);
    }
}
