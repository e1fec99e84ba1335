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

    /** Loads Jackson's classes, which the first chart would otherwise wait for. */
    public static void loadJson() {
        try {
            JSON.writeValueAsString(Map.of("values", List.of(BigDecimal.ONE)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

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

        private String summary(List<Series> series) {
            List<Point> points = new ArrayList<>();
            for (Series s : series) {
                for (int i = 0; i < labels.size(); i++) {
                    if (s.values().get(i) == null) continue;
                    String label = series.size() > 1 ? labels.get(i) + "の" + s.name() : labels.get(i);
                    points.add(new Point(label, s.printed().get(i), s.values().get(i)));
                }
            }
            if (points.size() < 2) {
                return title + "は" + points.stream().map(Point::printed).collect(Collectors.joining("、")) + "です。";
            }
            BigDecimal max = points.stream().map(Point::amount).max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal min = points.stream().map(Point::amount).min(Comparator.naturalOrder()).orElseThrow();
            if (max.compareTo(min) == 0) return "どの項目も" + points.get(0).printed() + "で同じです。";
            boolean share = "%".equals(unit);
            return (share ? "最も高い" : "最も多い") + "のは" + named(points, max) + "、"
                    + (share ? "最も低い" : "最も少ない") + "のは" + named(points, min) + "です。";
        }

        /** The items at an extreme; where many share it, the first two and how many there are. */
        private static String named(List<Point> points, BigDecimal amount) {
            List<Point> at = points.stream().filter(p -> p.amount().compareTo(amount) == 0).toList();
            if (at.size() > 3) {
                return at.get(0).label() + "・" + at.get(1).label() + "など" + at.size() + "項目（各"
                        + at.get(0).printed() + "）";
            }
            return at.stream().map(p -> p.label() + "（" + p.printed() + "）").collect(Collectors.joining("・"));
        }
    }
}
