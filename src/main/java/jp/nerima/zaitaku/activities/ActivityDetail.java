package jp.nerima.zaitaku.activities;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_AREA;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_FIGURE;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE_UNIT;

import java.util.List;

import org.jooq.DSLContext;

import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.checks.Sentences;
import jp.nerima.zaitaku.checks.Slips;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/** One activity of the 別紙, every cell as printed, with where it meets the program of 資料1. */
public final class ActivityDetail {

    public record Model(Listing.Row row, String purpose, String summary, List<Figure> figures, List<Link> areas,
                        List<Served> initiatives, List<Link> responsibleFor, String readingNote, List<Check> checks,
                        List<Slips.Slip> slips) {}

    /** A figure printed in the 概要; {@code reading} is set for a dated one. */
    public record Figure(String printed, String reading, int srcLine) {}

    public record Link(String code, String name) {}

    public record Served(String code, String name, String basis) {}

    /** @param status 'mismatch' or 'unreadable' */
    /** @param sentence the check in a sentence, both figures as printed */
    public record Check(String id, String sentence, String status) {}

    private final DSLContext dsl;

    public ActivityDetail(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        return page(report, request.pathParam("no"));
    }

    public View page(Report report, String param) {
        String fy = report.label();
        Listing.Row row = (param.matches("\\d{1,3}") ? Listing.of(dsl, fy).stream()
                .filter(r -> r.no() == Integer.parseInt(param)).findFirst() : java.util.Optional.<Listing.Row>empty())
                .orElseThrow(() -> new NotFoundResponse("別紙に No." + param + " の取組はありません。"
                        + "取組の一覧から選んでください。"));
        var activity = dsl.selectFrom(ACTIVITY).where(ACTIVITY.FISCAL_YEAR.eq(fy)).and(ACTIVITY.NO.eq(row.no()))
                .fetchSingle();
        Model model = new Model(row, activity.getPurpose(), activity.getSummary(),
                dsl.select(ACTIVITY_FIGURE.PRINTED, ERA_READING.READING, ACTIVITY_FIGURE.SRC_LINE)
                        .from(ACTIVITY_FIGURE)
                        .leftJoin(ERA_READING).on(ERA_READING.PRINTED.eq(ACTIVITY_FIGURE.PRINTED))
                        .and(ACTIVITY_FIGURE.KIND.eq("era_date"))
                        .where(ACTIVITY_FIGURE.FISCAL_YEAR.eq(fy)).and(ACTIVITY_FIGURE.NO.eq(row.no()))
                        .orderBy(ACTIVITY_FIGURE.POSITION)
                        .fetch(f -> new Figure(f.value1(), f.value2(), f.value3())),
                dsl.select(AREA.CODE, AREA.HEADING).from(ACTIVITY_AREA)
                        .join(AREA).on(AREA.FISCAL_YEAR.eq(ACTIVITY_AREA.FISCAL_YEAR))
                        .and(AREA.CODE.eq(ACTIVITY_AREA.AREA_CODE))
                        .where(ACTIVITY_AREA.FISCAL_YEAR.eq(fy)).and(ACTIVITY_AREA.NO.eq(row.no()))
                        .fetch(a -> new Link(a.value1(), a.value2())),
                dsl.select(INITIATIVE.CODE, INITIATIVE.NAME, ACTIVITY_INITIATIVE.BASIS).from(ACTIVITY_INITIATIVE)
                        .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(ACTIVITY_INITIATIVE.FISCAL_YEAR))
                        .and(INITIATIVE.CODE.eq(ACTIVITY_INITIATIVE.INITIATIVE_CODE))
                        .where(ACTIVITY_INITIATIVE.FISCAL_YEAR.eq(fy)).and(ACTIVITY_INITIATIVE.NO.eq(row.no()))
                        .fetch(i -> new Served(i.value1(), i.value2(), i.value3())),
                responsibleFor(fy, row.organization()), activity.getReadingNote(),
                Problems.of(dsl, fy).forActivity(row.no()).stream()
                        .map(c -> new Check(c.getId(), Sentences.of(c), c.getStatus())).toList(),
                Slips.ofActivity(dsl, fy, row.no()));
        Table table = new Table("activity-" + row.no() + "-" + report.year(), List.of("項目", "内容（原文）"), List.of(
                List.of("No", row.no()), List.of("団体名", row.organization()),
                List.of("対象", row.audience()), List.of("課題", row.issue()), List.of("目的", activity.getPurpose()),
                List.of("取組（事業名）", String.join("\n", row.programs())),
                List.of("期間", row.period() == null ? "" : row.period()),
                List.of("頻度", row.frequency() == null ? "" : row.frequency()),
                List.of("関与", String.join("・", row.involvement())), List.of("概要", activity.getSummary())));
        return new View("activity.jte", "No." + row.no() + " " + String.join("・", row.programs()), model, table);
    }

    /**
     * Initiatives of 資料1 whose 担当・所管 names this organization: the same name once widths are folded and the
     * ward's name and a parenthesised hospital are set aside ('練馬区医師会' is '医師会'; half-width ｻﾎﾟｰﾄｾﾝﾀｰ is
     * サポートセンター).
     */
    private List<Link> responsibleFor(String fy, String organization) {
        String name = key(organization);
        return dsl.selectDistinct(INITIATIVE.CODE, INITIATIVE.NAME, INITIATIVE_UNIT.UNIT).from(INITIATIVE_UNIT)
                .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(INITIATIVE_UNIT.FISCAL_YEAR))
                .and(INITIATIVE.CODE.eq(INITIATIVE_UNIT.INITIATIVE_CODE))
                .where(INITIATIVE_UNIT.FISCAL_YEAR.eq(fy))
                .orderBy(INITIATIVE.CODE)
                .fetch().stream()
                .filter(r -> key(r.value3()).equals(name))
                .map(r -> new Link(r.value1(), r.value2())).toList();
    }

    private static String key(String name) {
        return Listing.normalize(name).replaceFirst("^練馬区", "").replaceFirst("\\([^)]*\\)$", "");
    }

}
