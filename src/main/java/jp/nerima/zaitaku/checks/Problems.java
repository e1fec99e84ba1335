package jp.nerima.zaitaku.checks;

import static jp.nerima.zaitaku.db.schema.Tables.DATA_CHECK;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.db.schema.tables.records.DataCheckRecord;

/**
 * The checks of one report that found the report disagreeing with itself, so any page can mark the figures
 * concerned and link to their explanation. A total whose mismatch a reading explains ('explained') is not marked:
 * the reading marks the figure in doubt instead, and comes first.
 */
public record Problems(List<DataCheckRecord> checks) {

    public static Problems of(DSLContext dsl, String fiscalYear) {
        return new Problems(dsl.selectFrom(DATA_CHECK)
                .where(DATA_CHECK.FISCAL_YEAR.eq(fiscalYear))
                .and(DATA_CHECK.STATUS.in("mismatch", "unreadable"))
                .orderBy(DATA_CHECK.KIND.eq("reading").desc(), DATA_CHECK.SRC_LINE, DATA_CHECK.ID)
                .fetch());
    }

    /** The check on a figure of an initiative's results, if that figure is in doubt. */
    public Optional<String> forFigure(String initiativeCode, String figureCode) {
        return checks.stream()
                .filter(c -> initiativeCode.equals(c.getInitiativeCode()) && figureCode.equals(c.getFigureCode()))
                .map(DataCheckRecord::getId)
                .findFirst();
    }

    public List<DataCheckRecord> forInitiative(String code) {
        return checks.stream().filter(c -> code.equals(c.getInitiativeCode())).toList();
    }

    public List<DataCheckRecord> forActivity(int no) {
        return checks.stream().filter(c -> c.getActivityNo() != null && c.getActivityNo() == no).toList();
    }

    public int count() {
        return checks.size();
    }
}
