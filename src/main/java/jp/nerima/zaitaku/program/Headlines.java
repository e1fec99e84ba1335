package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;

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

    /** @param checkId set where the report contradicts itself on this figure */
    public record Card(String initiativeCode, String figureCode, String initiativeName, String areaCode, String label,
                       String printed, int srcLine, String checkId) {

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
        return dsl.select(INITIATIVE.CODE, INITIATIVE.NAME, INITIATIVE.AREA_CODE, RESULT_FIGURE.CODE,
                        RESULT_FIGURE.CATEGORY, RESULT_FIGURE.PRINTED, RESULT_FIGURE.SRC_LINE)
                .from(RESULT_FIGURE)
                .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(INITIATIVE.CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).and(RESULT_FIGURE.HEADLINE.isTrue())
                .orderBy(INITIATIVE.SRC_LINE, RESULT_FIGURE.POSITION)
                .fetchGroups(r -> r.value1(), r -> new Card(r.value1(), r.value4(), r.value2(), r.value3(),
                        r.value5(), r.value6(), r.value7(), problems.forFigure(r.value1(), r.value4()).orElse(null)));
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
