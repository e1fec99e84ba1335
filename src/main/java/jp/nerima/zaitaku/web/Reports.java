package jp.nerima.zaitaku.web;

import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** The fiscal years in the database, oldest first; a page shows the latest unless ?fy= names another. */
public final class Reports {

    private final DSLContext dsl;
    private final String fingerprint;
    private volatile List<Report> all;

    /** @param fingerprint of the scripts the database was seeded from, shown on every page */
    public Reports(DSLContext dsl, String fingerprint) {
        this.dsl = dsl;
        this.fingerprint = fingerprint;
    }

    /**
     * Read once, on first use, so the web server can start while the database is still being seeded. Once only,
     * because pages compare reports by identity.
     */
    public List<Report> all() {
        List<Report> read = all;
        if (read != null) return read;
        synchronized (this) {
            if (all == null) {
                var years = dsl.select(FISCAL_YEAR.LABEL, ERA_READING.GREGORIAN_YEAR, FISCAL_YEAR.TITLE,
                                FISCAL_YEAR.AS_OF, FISCAL_YEAR.DOCUMENT_LABEL, FISCAL_YEAR.ATTACHMENT_TITLE,
                                FISCAL_YEAR.ATTACHMENT_UPDATED, FISCAL_YEAR.SOURCE_TEXT)
                        .from(FISCAL_YEAR)
                        .join(ERA_READING).on(ERA_READING.PRINTED.eq(FISCAL_YEAR.LABEL))
                        .orderBy(ERA_READING.GREGORIAN_YEAR)
                        .fetch();
                List<String> labels = years.map(r -> r.value1());
                if (years.isEmpty()) throw new IllegalStateException("the scripts hold no fiscal year");
                all = years.stream().map(r -> new Report(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(),
                        List.copyOf(labels.subList(0, labels.indexOf(r.value1()) + 1)))).toList();
            }
            return all;
        }
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The years the data holds, as every page's footer names them: 令和4年度（2022年度）. */
    public String years() {
        return String.join("・", all().stream().map(r -> r.label() + "（" + r.year() + "年度）").toList());
    }

    public Report latest() {
        List<Report> years = all();
        return years.get(years.size() - 1);
    }

    public Optional<Report> byYear(int year) {
        return all().stream().filter(r -> r.year() == year).findFirst();
    }

    /** The year a request asks for with ?fy=2022, or the latest. */
    public Report of(Context ctx) {
        String fy = ctx.queryParam("fy");
        if (fy == null || fy.isEmpty()) return latest();
        if (!fy.matches("\\d{4}")) {
            throw new BadRequestResponse("年度 fy は西暦4桁で指定してください（例: fy=" + latest().year() + "）。");
        }
        return byYear(Integer.parseInt(fy)).orElseThrow(() -> new NotFoundResponse(
                fy + "年度の報告書はありません。収録されている年度: " + String.join("、",
                        all().stream().map(r -> r.label() + "（" + r.year() + "）").toList())));
    }
}
