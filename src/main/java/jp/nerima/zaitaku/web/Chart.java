package jp.nerima.zaitaku.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A chart and the same numbers as a table, so no figure is only a picture. The browser draws it from {@link #json()}
 * (charts.js); the page prints the table, the summary sentence and the source beside it.
 *
 * @param kind    'bar' (vertical), 'hbar' (horizontal) or 'stacked' (vertical, series stacked)
 * @param series  one or more; a cell the source does not print is null
 * @param summary one sentence generated from the figures: which is largest and which smallest
 */
public record Chart(String id, String title, String unit, String kind, List<String> labels, List<Series> series,
                    String source, String summary) {

    public record Series(String name, List<BigDecimal> values, List<String> printed) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What charts.js reads from the canvas's data-chart attribute. */
    public String json() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", kind);
        spec.put("title", title);
        spec.put("unit", unit);
        spec.put("labels", labels);
        // In this order on every run (Map.of's order changes from one JVM to the next): the page made at build is
        // the page made live, byte for byte.
        spec.put("series", series.stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("values", s.values());
            one.put("printed", s.printed());
            return one;
        }).toList());
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The chart's numbers as a downloadable table: per series the figure as a number, with the unit in the header,
     * and as printed in the report.
     */
    public Table table() {
        List<String> columns = new ArrayList<>(List.of("項目"));
        series.forEach(s -> {
            String name = hasSeriesNames() ? s.name() + " " : "";
            columns.add(name + "数値（" + unit + "）");
            columns.add(name + "表記（原文）");
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(labels.get(i)));
            for (Series s : series) {
                row.add(s.values().get(i));
                row.add(s.printed().get(i));
            }
            rows.add(row);
        }
        return new Table(id, columns, rows);
    }

    /** Every chart a page's model holds, however deep: records, lists and maps are searched in order. */
    public static List<Chart> in(Object model) {
        List<Chart> found = new ArrayList<>();
        collect(model, found);
        return found;
    }

    private static void collect(Object value, List<Chart> found) {
        if (value instanceof Chart chart) {
            found.add(chart);
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, found));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, found));
        } else if (value != null && value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    collect(accessor.invoke(value), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }

    public boolean hasSeriesNames() {
        return series.size() > 1;
    }

    /** The printed figure of a cell, or a dash where the source prints none. */
    public String cell(Series s, int label) {
        String printed = s.printed().get(label);
        return printed == null ? "－" : printed;
    }

    public static Builder builder(String id, String title, String unit, String kind) {
        return new Builder(id, title, unit, kind);
    }

    public static final class Builder {
        private final String id;
        private final String title;
        private final String unit;
        private final String kind;
        private final List<String> labels = new ArrayList<>();
        private final Map<String, Map<String, Cell>> bySeries = new LinkedHashMap<>();
        private String source = "";
        private boolean quoted;

        private record Cell(BigDecimal amount, String printed) {}

        private Builder(String id, String title, String unit, String kind) {
            this.id = id;
            this.title = title;
            this.unit = unit;
            this.kind = kind;
        }

        /** @param series null for a chart of one series, which is then named by the chart's title */
        public Builder add(String label, String series, BigDecimal amount, String printed) {
            if (!labels.contains(label)) labels.add(label);
            bySeries.computeIfAbsent(series == null ? title : series, k -> new LinkedHashMap<>())
                    .put(label, new Cell(amount, printed));
            return this;
        }

        /** Marks the labels as answer options, quoted 「」 in the summary. */
        public Builder quoted() {
            this.quoted = true;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Chart build() {
            List<Series> series = bySeries.entrySet().stream().map(e -> new Series(e.getKey(),
                    labels.stream().map(l -> e.getValue().get(l)).map(c -> c == null ? null : c.amount()).toList(),
                    labels.stream().map(l -> e.getValue().get(l)).map(c -> c == null ? null : c.printed()).toList()))
                    .toList();
            return new Chart(id, title, unit, kind, List.copyOf(labels), series, source, summary(series));
        }

        private record Point(String label, String printed, BigDecimal amount) {}

        /**
         * One or two sentences a ward official would write under the chart: two items are each named with their figure,
         * more items by their highest and lowest (ties named together), a stacked chart by the totals of its bars,
         * a chart of several series by the highest of each.
         */
        private String summary(List<Series> series) {
            if ("stacked".equals(kind) && series.size() > 1) {
                List<Point> totals = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    int at = i;
                    BigDecimal total = series.stream().map(s -> s.values().get(at)).filter(v -> v != null)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    totals.add(new Point(quote(labels.get(i)), Amounts.of(total, unit), total));
                }
                return "内訳（" + series.stream().map(Series::name).collect(Collectors.joining("・")) + "）を合わせると、"
                        + compared(totals);
            }
            if (series.size() > 1) {
                return series.stream().map(s -> {
                    List<Point> points = points(s);
                    if (points.size() == 1) return s.name() + "は" + named(points);
                    BigDecimal max = points.stream().map(Point::amount).max(Comparator.naturalOrder()).orElseThrow();
                    return s.name() + "で" + most(true) + "のは" + named(at(points, max));
                }).collect(Collectors.joining("、")) + "です。";
            }
            List<Point> points = series.isEmpty() ? List.of() : points(series.get(0));
            if (points.isEmpty()) return title + "では、該当する数値がありません。";
            if (points.size() == 1) {
                Point only = points.get(0);
                return only.label().equals(quote(title)) ? title + "は" + only.printed() + "です。"
                        : title + "では、" + only.label() + "が" + only.printed() + "です。";
            }
            return compared(points);
        }

        private String compared(List<Point> points) {
            BigDecimal max = points.stream().map(Point::amount).max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal min = points.stream().map(Point::amount).min(Comparator.naturalOrder()).orElseThrow();
            if (max.compareTo(min) == 0) {
                return joined(points) + "は、いずれも" + points.get(0).printed() + "です。";
            }
            if (points.size() == 2) {
                return points.get(0).label() + "は" + points.get(0).printed() + "、" + points.get(1).label() + "は"
                        + points.get(1).printed() + "です。";
            }
            return most(true) + "のは" + named(at(points, max)) + "、" + most(false) + "のは" + named(at(points, min))
                    + "です。";
        }

        private String most(boolean highest) {
            boolean share = "%".equals(unit);
            return highest ? (share ? "最も高い" : "最も多い") : (share ? "最も低い" : "最も少ない");
        }

        private List<Point> points(Series s) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (s.values().get(i) != null) {
                    points.add(new Point(quote(labels.get(i)), s.printed().get(i), s.values().get(i)));
                }
            }
            return points;
        }

        private static List<Point> at(List<Point> points, BigDecimal amount) {
            return points.stream().filter(p -> p.amount().compareTo(amount) == 0).toList();
        }

        /**
         * 'A（3回）', or 'A（週1回）の3回' where the label ends in a bracket, so that no bracket follows a bracket; items
         * that tie, together: 'AとB（いずれも3回）', 'A、B、Cなど6項目（いずれも1件）'.
         */
        private static String named(List<Point> at) {
            if (at.size() == 1) {
                Point only = at.get(0);
                return only.label() + (only.label().endsWith("）") ? "の" + only.printed() : "（" + only.printed() + "）");
            }
            return joined(at) + "（いずれも" + at.get(0).printed() + "）";
        }

        private static String joined(List<Point> points) {
            List<String> names = points.stream().map(Point::label).toList();
            if (names.size() == 2) return names.get(0) + "と" + names.get(1);
            if (names.size() > 5) return String.join("、", names.subList(0, 3)) + "など" + names.size() + "項目";
            return String.join("、", names);
        }

        /** Answer options are quoted as the report quotes them: 「そう思わない」. */
        private String quote(String label) {
            return quoted ? "「" + label + "」" : label;
        }
    }
}
