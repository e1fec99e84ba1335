package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.HEADLINE_CONTEXT;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;
import static jp.nerima.zaitaku.db.schema.Tables.SHARE_FIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;

/** The headline figures of a report's initiatives, the ones shown on cards away from the initiative's own page. */
public final class Headlines {

    /**
     * @param label   what the figure counts, in the report's words
     * @param context where the label alone leaves it open: the base of a share, the period when it is not the
     *                report's year, the figure printed beside it; null if none
     * @param checkId set where the report contradicts itself on this figure
     */
    public record Card(String initiativeCode, String figureCode, String initiativeName, String areaCode, String label,
                       String printed, String context, int srcLine, String checkId) {

        /** The code of the card's row in {@link #compared}. */
        public String key() {
            return Headlines.key(initiativeCode, figureCode);
        }
    }

    private Headlines() {}

    private static String key(String initiative, String figure) {
        return initiative + "/" + figure;
    }

    /** By initiative code, in the order of the report. */
    public static Map<String, List<Card>> of(DSLContext dsl, String fy, Problems problems) {
        var beside = RESULT_FIGURE.as("beside");
        return dsl.select(INITIATIVE.CODE, INITIATIVE.NAME, INITIATIVE.AREA_CODE, RESULT_FIGURE.CODE,
                        DSL.coalesce(HEADLINE_CONTEXT.COUNTS, RESULT_FIGURE.CATEGORY), RESULT_FIGURE.PRINTED,
                        RESULT_FIGURE.SRC_LINE, RESULT_FIGURE.PERIOD, HEADLINE_CONTEXT.BESIDE_LABEL, beside.PRINTED,
                        SHARE_FIT.BASE_LABEL, SHARE_FIT.BASE_PRINTED)
                .from(RESULT_FIGURE)
                .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(INITIATIVE.CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .leftJoin(HEADLINE_CONTEXT).on(HEADLINE_CONTEXT.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(HEADLINE_CONTEXT.INITIATIVE_CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .and(HEADLINE_CONTEXT.FIGURE_CODE.eq(RESULT_FIGURE.CODE))
                .leftJoin(beside).on(beside.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(beside.INITIATIVE_CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .and(beside.CODE.eq(HEADLINE_CONTEXT.BESIDE_CODE))
                .leftJoin(SHARE_FIT).on(SHARE_FIT.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(SHARE_FIT.INITIATIVE_CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .and(SHARE_FIT.FIGURE_CODE.eq(RESULT_FIGURE.CODE))
                .where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).and(RESULT_FIGURE.HEADLINE.isTrue())
                .orderBy(INITIATIVE.SRC_LINE, RESULT_FIGURE.POSITION)
                .fetchGroups(r -> r.value1(), r -> new Card(r.value1(), r.value4(), r.value2(), r.value3(),
                        r.value5(), r.value6(), context(fy, r.value8(), r.value9(), r.value10(), r.value11(),
                                r.value12()), r.value7(), problems.forFigure(r.value1(), r.value4()).orElse(null)));
    }

    /**
     * '母数: …の回収件数（47件）', '期間: 27年10月～', '書面開催：１回', joined by '／' (a '・' would read as part of
     * labels such as 医療・介護).
     */
    private static String context(String fy, String period, String besideLabel, String besidePrinted,
                                  String baseLabel, String basePrinted) {
        List<String> parts = new ArrayList<>();
        if (baseLabel != null) parts.add("母数: " + baseLabel + "（" + basePrinted + "）");
        if (period != null && !period.equals(fy)) parts.add("期間: " + period);
        if (besidePrinted != null) parts.add(besideLabel + "：" + besidePrinted);
        return parts.isEmpty() ? null : String.join("／", parts);
    }

    /**
     * The shown year's headline figures beside the same figures (by initiative and figure code) of the years
     * before, headline there or not; null while no earlier year prints one of them.
     */
    public static Comparison compared(DSLContext dsl, Report report) {
        return compared(dsl, report, "headlines", DSL.noCondition());
    }

    /** The same for the cards of one area (分野). */
    public static Comparison compared(DSLContext dsl, Report report, String areaCode) {
        return compared(dsl, report, "area-" + areaCode + "-headlines", INITIATIVE.AREA_CODE.eq(areaCode));
    }

    private static Comparison compared(DSLContext dsl, Report report, String id, Condition initiatives) {
        var shown = RESULT_FIGURE.as("shown");
        return Comparison.of(report, id, "主な数値（年度比較）",
                "出典: 各年度の報告書 " + report.documentLabel() + " 実施結果", Map.of(),
                dsl.select(RESULT_FIGURE.asterisk()).from(RESULT_FIGURE)
                        .join(shown).on(shown.INITIATIVE_CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                        .and(shown.CODE.eq(RESULT_FIGURE.CODE))
                        .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(shown.FISCAL_YEAR))
                        .and(INITIATIVE.CODE.eq(shown.INITIATIVE_CODE))
                        .where(shown.FISCAL_YEAR.eq(report.label())).and(shown.HEADLINE.isTrue()).and(initiatives)
                        .and(RESULT_FIGURE.FISCAL_YEAR.in(report.history()))
                        .orderBy(RESULT_FIGURE.SRC_LINE)
                        .fetch(r -> new Comparison.Figure(r.get(RESULT_FIGURE.FISCAL_YEAR),
                                key(r.get(RESULT_FIGURE.INITIATIVE_CODE), r.get(RESULT_FIGURE.CODE)),
                                r.get(RESULT_FIGURE.CATEGORY), r.get(RESULT_FIGURE.AMOUNT), r.get(RESULT_FIGURE.UNIT),
                                r.get(RESULT_FIGURE.PRINTED))));
    }
}
