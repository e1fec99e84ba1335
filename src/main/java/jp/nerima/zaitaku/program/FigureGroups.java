package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.FIGURE_GROUP;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.web.Chart;

/** The figures of an initiative's results, in their groups, each group with its chart where it has one. */
public final class FigureGroups {

    /**
     * @param periodReading the Gregorian reading of {@code period}, e.g. '2015年10月～（元号の記載がないため…）'
     * @param checkId       set where the report contradicts itself on this figure
     */
    public record Figure(String code, String category, String series, BigDecimal amount, String unit, String printed,
                  String period, String periodReading, int srcLine, String checkId) {

        public String label() {
            return FigureGroups.label(category, series);
        }
    }

    public record Group(String code, String title, String unit, Chart chart, List<Figure> figures) {}

    private FigureGroups() {}

    /** A figure's name where its group has two dimensions too: '第1回 本会場'. */
    static String label(String category, String series) {
        return series == null ? category : category + " " + series;
    }

    static List<Group> of(DSLContext dsl, String fy, String initiative, String source, Problems problems) {
        Map<String, List<Figure>> byGroup = dsl.select(RESULT_FIGURE.asterisk(), ERA_READING.READING)
                .from(RESULT_FIGURE)
                .leftJoin(ERA_READING).on(ERA_READING.PRINTED.eq(RESULT_FIGURE.PERIOD))
                .where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).and(RESULT_FIGURE.INITIATIVE_CODE.eq(initiative))
                .orderBy(RESULT_FIGURE.POSITION)
                .fetchGroups(r -> r.get(RESULT_FIGURE.GROUP_CODE), r -> new Figure(r.get(RESULT_FIGURE.CODE),
                        r.get(RESULT_FIGURE.CATEGORY), r.get(RESULT_FIGURE.SERIES), r.get(RESULT_FIGURE.AMOUNT),
                        r.get(RESULT_FIGURE.UNIT), r.get(RESULT_FIGURE.PRINTED), r.get(RESULT_FIGURE.PERIOD),
                        r.get(ERA_READING.READING), r.get(RESULT_FIGURE.SRC_LINE),
                        problems.forFigure(initiative, r.get(RESULT_FIGURE.CODE)).orElse(null)));
        return dsl.selectFrom(FIGURE_GROUP)
                .where(FIGURE_GROUP.FISCAL_YEAR.eq(fy)).and(FIGURE_GROUP.INITIATIVE_CODE.eq(initiative))
                .orderBy(FIGURE_GROUP.POSITION)
                .fetch(g -> {
                    List<Figure> members = byGroup.getOrDefault(g.getCode(), List.of());
                    Chart chart = g.getChart() == null ? null
                            : chart(initiative, g.getCode(), g.getTitle(), g.getUnit(), g.getChart(), members, source);
                    return new Group(g.getCode(), g.getTitle(), g.getUnit(), chart, members);
                });
    }

    private static Chart chart(String initiative, String group, String title, String unit, String kind,
                               List<Figure> figures, String source) {
        Chart.Builder chart = Chart.builder(initiative + "-" + group, title, unit, kind);
        figures.forEach(f -> chart.add(f.category(), f.series(), f.amount(), f.printed()));
        int first = figures.stream().mapToInt(Figure::srcLine).min().orElse(0);
        int last = figures.stream().mapToInt(Figure::srcLine).max().orElse(0);
        return chart.source(source + "（抽出テキスト " + first + (last > first ? "〜" + last : "") + "行）").build();
    }
}
