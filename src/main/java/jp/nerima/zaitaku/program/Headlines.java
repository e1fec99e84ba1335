package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.checks.Problems;

/** The headline figures of a report's initiatives, the ones shown on cards away from the initiative's own page. */
public final class Headlines {

    /** @param checkId set where the report contradicts itself on this figure */
    public record Card(String initiativeCode, String initiativeName, String areaCode, String label, String printed,
                       int srcLine, String checkId) {}

    private Headlines() {}

    /** By initiative code, in the order of the report. */
    public static Map<String, List<Card>> of(DSLContext dsl, String fy, Problems problems) {
        return dsl.select(INITIATIVE.CODE, INITIATIVE.NAME, INITIATIVE.AREA_CODE, RESULT_FIGURE.CODE,
                        RESULT_FIGURE.CATEGORY, RESULT_FIGURE.PRINTED, RESULT_FIGURE.SRC_LINE)
                .from(RESULT_FIGURE)
                .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR))
                .and(INITIATIVE.CODE.eq(RESULT_FIGURE.INITIATIVE_CODE))
                .where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).and(RESULT_FIGURE.HEADLINE.isTrue())
                .orderBy(INITIATIVE.SRC_LINE, RESULT_FIGURE.POSITION)
                .fetchGroups(r -> r.value1(), r -> new Card(r.value1(), r.value2(), r.value3(), r.value5(),
                        r.value6(), r.value7(), problems.forFigure(r.value1(), r.value4()).orElse(null)));
    }
}
