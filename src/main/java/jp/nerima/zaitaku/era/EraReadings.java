package jp.nerima.zaitaku.era;

import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_TEXT;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record2;

import jp.nerima.zaitaku.db.schema.tables.records.EraReadingRecord;

/**
 * Reads every era date of the database (the era_text view) into era_reading, so SQL can sort, filter and check by
 * Gregorian year while every script keeps the dates as printed.
 */
public final class EraReadings {

    private EraReadings() {}

    public static void fill(DSLContext dsl) {
        // A year printed without its era is read against the year of its own report.
        Map<String, Integer> reportYears = new HashMap<>();
        for (String label : dsl.select(FISCAL_YEAR.LABEL).from(FISCAL_YEAR).fetch(FISCAL_YEAR.LABEL)) {
            reportYears.put(label, EraDate.read(label, Year.now().getValue()).gregorianYear());
        }
        Map<String, EraDate> readings = new HashMap<>();
        for (Record2<String, String> text : dsl.selectDistinct(ERA_TEXT.PRINTED, ERA_TEXT.FISCAL_YEAR).from(ERA_TEXT)
                .orderBy(ERA_TEXT.FISCAL_YEAR, ERA_TEXT.PRINTED).fetch()) {
            Integer reportYear = reportYears.get(text.value2());
            readings.putIfAbsent(text.value1(),
                    EraDate.read(text.value1(), reportYear == null ? Year.now().getValue() : reportYear));
        }
        // One statement for all rows: one at a time, they were a tenth of the start.
        InsertSetMoreStep<EraReadingRecord> rows = null;
        for (EraDate r : readings.values()) {
            rows = (rows == null ? dsl.insertInto(ERA_READING) : rows.newRecord())
                    .set(ERA_READING.PRINTED, r.printed())
                    .set(ERA_READING.WELL_FORMED, r.wellFormed())
                    .set(ERA_READING.ERA, r.era() == null ? null : EraDate.name(r.era()))
                    .set(ERA_READING.ERA_YEAR, r.eraYear())
                    .set(ERA_READING.ERA_ASSUMED, r.eraAssumed())
                    .set(ERA_READING.GREGORIAN_YEAR, r.gregorianYear())
                    .set(ERA_READING.MONTH_OF_YEAR, r.month())
                    .set(ERA_READING.DAY_OF_MONTH, r.day())
                    .set(ERA_READING.FISCAL, r.fiscal())
                    .set(ERA_READING.SINCE, r.since())
                    .set(ERA_READING.READING, r.reading());
        }
        if (rows != null) rows.execute();
    }
}
