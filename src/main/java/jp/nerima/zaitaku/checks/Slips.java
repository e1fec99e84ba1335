package jp.nerima.zaitaku.checks;

import static jp.nerima.zaitaku.db.schema.Tables.PRINTED_SLIP;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;

/** The report's own slips (a misspelling, one event named two ways), shown as notes beside the printed text. */
public final class Slips {

    /** @param otherSrcLine where the other spelling or name stands, or null */
    public record Slip(String printed, String note, int srcLine, Integer otherSrcLine) {}

    private Slips() {}

    public static List<Slip> ofActivity(DSLContext dsl, String fy, int no) {
        return of(dsl, fy, PRINTED_SLIP.ACTIVITY_NO.eq(no));
    }

    public static List<Slip> ofInitiative(DSLContext dsl, String fy, String code) {
        return of(dsl, fy, PRINTED_SLIP.INITIATIVE_CODE.eq(code));
    }

    private static List<Slip> of(DSLContext dsl, String fy, Condition where) {
        return dsl.selectFrom(PRINTED_SLIP).where(PRINTED_SLIP.FISCAL_YEAR.eq(fy)).and(where)
                .orderBy(PRINTED_SLIP.POSITION)
                .fetch(s -> new Slip(s.getPrinted(), s.getNote(), s.getSrcLine(), s.getOtherSrcLine()));
    }
}
