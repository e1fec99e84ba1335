package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.DESIRED_STATE;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;
import static jp.nerima.zaitaku.db.schema.Tables.PURPOSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.activities.Partners;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/** One area (e.g. 1（1）区民への啓発, or the COVID-era measures): its desired states, purposes and initiatives. */
public final class Areas {

    /** @param headlines the cards' figures beside the years before; null while no earlier year prints one */
    public record Model(String code, String heading, String pillarHeading, String pillarKind, List<Text> states,
                        List<Purpose> purposes, List<Initiative> initiatives, List<Partners.Partner> partners,
                        Comparison headlines) {}

    public record Text(String text, int srcLine) {}

    public record Purpose(int position, String text, int srcLine, String readingNote) {}

    public record Initiative(String code, String name, String purpose, String responsible,
                             List<Headlines.Card> headlines, int srcLine, int srcLineEnd) {}

    private final DSLContext dsl;

    public Areas(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        Model model = load(report, request.pathParam("code"));
        List<List<Object>> rows = new ArrayList<>();
        model.initiatives().forEach(i -> rows.add(List.of(i.code(), i.name(), i.purpose() == null ? "" : i.purpose(),
                i.responsible(), String.join("、", i.headlines().stream()
                        .map(h -> h.label() + " " + h.printed()).toList()), i.srcLine())));
        return new View("area.jte", model.heading().replaceFirst("^（\\d+）", ""), model,
                new Table("area-" + model.code() + "-" + report.year(),
                        List.of("コード", "取組", "目的", "担当・所管", "主な数値（原文）", "出典行"), rows));
    }

    /** Whether the report has the area of {@code code}, told without making its page. */
    public boolean exists(Report report, Map<String, String> params) {
        return dsl.fetchExists(AREA, AREA.FISCAL_YEAR.eq(report.label()).and(AREA.CODE.eq(params.get("code"))));
    }

    Model load(Report report, String code) {
        String fy = report.label();
        var area = dsl.select(AREA.HEADING, PILLAR.HEADING, PILLAR.KIND).from(AREA)
                .join(PILLAR).on(PILLAR.FISCAL_YEAR.eq(AREA.FISCAL_YEAR)).and(PILLAR.CODE.eq(AREA.PILLAR_CODE))
                .where(AREA.FISCAL_YEAR.eq(fy)).and(AREA.CODE.eq(code))
                .fetchOptional()
                .orElseThrow(() -> new NotFoundResponse("分野「" + code + "」は" + fy + "の報告書にありません。"));
        Map<String, List<Headlines.Card>> headlines = Headlines.of(dsl, fy, Problems.of(dsl, fy));
        var purposes = dsl.selectFrom(PURPOSE).where(PURPOSE.FISCAL_YEAR.eq(fy)).and(PURPOSE.AREA_CODE.eq(code))
                .orderBy(PURPOSE.POSITION)
                .fetch(p -> new Purpose(p.getPosition(), p.getText(), p.getSrcLine(), p.getReadingNote()));
        return new Model(code, area.value1(), area.value2(), area.value3(),
                dsl.selectFrom(DESIRED_STATE).where(DESIRED_STATE.FISCAL_YEAR.eq(fy))
                        .and(DESIRED_STATE.AREA_CODE.eq(code)).orderBy(DESIRED_STATE.POSITION)
                        .fetch(s -> new Text(s.getText(), s.getSrcLine())),
                purposes,
                dsl.selectFrom(INITIATIVE).where(INITIATIVE.FISCAL_YEAR.eq(fy)).and(INITIATIVE.AREA_CODE.eq(code))
                        .orderBy(INITIATIVE.SRC_LINE)
                        .fetch(i -> new Initiative(i.getCode(), i.getName(), purposes.stream()
                                .filter(p -> i.getPurposePosition() != null && p.position() == i.getPurposePosition())
                                .map(Purpose::text).findFirst().orElse(null), i.getResponsible(),
                                headlines.getOrDefault(i.getCode(), List.of()), i.getSrcLine(), i.getSrcLineEnd())),
                Partners.forArea(dsl, fy, code), Headlines.compared(dsl, report, code));
    }
}
