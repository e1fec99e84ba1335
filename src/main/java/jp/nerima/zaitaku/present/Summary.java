package jp.nerima.zaitaku.present;

import static jp.nerima.zaitaku.db.schema.Tables.DEATH_RECORD_ANALYSIS;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.View;

/**
 * One A4 page for the top of the council's pile: the aim, the targets with their figures and the period each figure
 * covers, each area's headline figures and how many figures the report contradicts. It is the handout's first page.
 */
public final class Summary {

    /**
     * @param deathPeriod the period the death-record shares cover, as printed; the report prints no year for the
     *                    elderly survey, so its figures carry none
     */
    public record Model(Overview.Model overview, String deathPeriod) {}

    private final Overview overview;
    private final DSLContext dsl;

    public Summary(DSLContext dsl) {
        this.overview = new Overview(dsl);
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        String deathPeriod = dsl.select(DEATH_RECORD_ANALYSIS.PERIOD_FROM, DEATH_RECORD_ANALYSIS.PERIOD_TO)
                .from(DEATH_RECORD_ANALYSIS).where(DEATH_RECORD_ANALYSIS.FISCAL_YEAR.eq(report.label()))
                .fetchOptional(r -> r.value1() + "～" + r.value2()).orElse(null);
        return View.of("summary.jte", "1枚の要約", new Model(overview.load(report), deathPeriod));
    }
}
