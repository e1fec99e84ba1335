package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.CHALLENGE;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE_UNIT;
import static jp.nerima.zaitaku.db.schema.Tables.OUTCOME_INDICATOR;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;
import static jp.nerima.zaitaku.db.schema.Tables.PURPOSE;
import static jp.nerima.zaitaku.db.schema.Tables.RESPONSIBLE_UNIT;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;

import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.activities.Partners;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.checks.Sentences;
import jp.nerima.zaitaku.checks.Slips;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/** One initiative (取組): its results with their figures and charts, indicators, challenges and who is in charge. */
public final class Initiatives {

    /** @param comparisons one per figure group that an earlier year prints too; empty while there is none */
    public record Model(String code, String name, String plannedFrequency, String detail, String pillarHeading,
                        String areaCode, String areaHeading, String purpose, String purposeNote, String resultText,
                        List<FigureGroups.Group> groups, List<Line> outcomeIndicators, List<Challenge> challenges,
                        String responsible, List<Unit> units, List<Partners.Partner> partners,
                        List<Comparison> comparisons, int srcLine, int srcLineEnd, String readingNote,
                        List<Check> checks, List<Slips.Slip> slips) {}

    /** A check of this initiative's figures against the rest of the report, in a sentence. */
    public record Check(String id, String sentence) {}

    public record Line(String text, int srcLine) {}

    public record Challenge(String heading, String text, int srcLine, String readingNote) {}

    /** @param kind 'ward' for a ward division, 'partner' for a body outside the ward office */
    public record Unit(String name, String kind) {}

    private final DSLContext dsl;

    public Initiatives(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        return page(report, request.pathParam("code"));
    }

    public View page(Report report, String code) {
        Model model = load(report, code);
        List<List<Object>> rows = new ArrayList<>();
        model.groups().forEach(g -> g.figures().forEach(f -> rows.add(List.of(g.title(), f.label(),
                f.amount(), f.unit(), f.printed(), f.period() == null ? "" : f.period(), f.srcLine()))));
        Table table = new Table("initiative-" + model.code() + "-" + report.year(),
                List.of("区分", "項目", "数値", "単位", "表記（原文）", "期間（原文）", "出典行"), rows);
        return new View("initiative.jte", model.name(), model, table);
    }

    /** Every initiative of the report, in its order. */
    public List<Model> all(Report report) {
        return dsl.select(INITIATIVE.CODE).from(INITIATIVE).where(INITIATIVE.FISCAL_YEAR.eq(report.label()))
                .orderBy(INITIATIVE.SRC_LINE).fetch(INITIATIVE.CODE).stream().map(code -> load(report, code)).toList();
    }

    /** Whether the report has the initiative of {@code code}, told without making its page. */
    public boolean exists(Report report, Map<String, String> params) {
        return dsl.fetchExists(INITIATIVE,
                INITIATIVE.FISCAL_YEAR.eq(report.label()).and(INITIATIVE.CODE.eq(params.get("code"))));
    }

    Model load(Report report, String code) {
        String fy = report.label();
        var i = dsl.selectFrom(INITIATIVE).where(INITIATIVE.FISCAL_YEAR.eq(fy)).and(INITIATIVE.CODE.eq(code))
                .fetchOptional()
                .orElseThrow(() -> new NotFoundResponse("取組「" + code + "」は" + fy + "の報告書にありません。"
                        + "取組の一覧は体系図のページにあります。"));
        var area = dsl.select(AREA.HEADING, AREA.TITLE, PILLAR.HEADING, PILLAR.KIND).from(AREA)
                .join(PILLAR).on(PILLAR.FISCAL_YEAR.eq(AREA.FISCAL_YEAR)).and(PILLAR.CODE.eq(AREA.PILLAR_CODE))
                .where(AREA.FISCAL_YEAR.eq(fy)).and(AREA.CODE.eq(i.getAreaCode())).fetchSingle();
        var purpose = i.getPurposePosition() == null ? null : dsl.selectFrom(PURPOSE)
                .where(PURPOSE.FISCAL_YEAR.eq(fy)).and(PURPOSE.AREA_CODE.eq(i.getAreaCode()))
                .and(PURPOSE.POSITION.eq(i.getPurposePosition())).fetchSingle();
        String source = report.documentLabel() + " " + area.value1() + "「" + i.getName() + "」実施結果";
        Problems problems = Problems.of(dsl, fy);
        List<FigureGroups.Group> groups = FigureGroups.of(dsl, fy, code, "出典: " + report.title() + " " + source,
                problems);
        return new Model(i.getCode(), i.getName(), i.getPlannedFrequency(), i.getDetail(), area.value3(),
                i.getAreaCode(), area.value1(), purpose == null ? null : purpose.getText(),
                purpose == null ? null : purpose.getReadingNote(), i.getResultText(),
                groups,
                dsl.selectFrom(OUTCOME_INDICATOR).where(OUTCOME_INDICATOR.FISCAL_YEAR.eq(fy))
                        .and(OUTCOME_INDICATOR.INITIATIVE_CODE.eq(code)).orderBy(OUTCOME_INDICATOR.POSITION)
                        .fetch(o -> new Line(o.getText(), o.getSrcLine())),
                dsl.selectFrom(CHALLENGE).where(CHALLENGE.FISCAL_YEAR.eq(fy)).and(CHALLENGE.INITIATIVE_CODE.eq(code))
                        .orderBy(CHALLENGE.POSITION)
                        .fetch(c -> new Challenge(c.getHeading(), c.getText(), c.getSrcLine(), c.getReadingNote())),
                i.getResponsible(),
                dsl.select(RESPONSIBLE_UNIT.NAME, RESPONSIBLE_UNIT.KIND).from(INITIATIVE_UNIT)
                        .join(RESPONSIBLE_UNIT).on(RESPONSIBLE_UNIT.NAME.eq(INITIATIVE_UNIT.UNIT))
                        .where(INITIATIVE_UNIT.FISCAL_YEAR.eq(fy)).and(INITIATIVE_UNIT.INITIATIVE_CODE.eq(code))
                        .fetch(u -> new Unit(u.value1(), u.value2())),
                Partners.forInitiative(dsl, fy, code), comparisons(report, code, i.getName(), groups), i.getSrcLine(),
                i.getSrcLineEnd(), i.getReadingNote(),
                problems.forInitiative(code).stream().map(c -> new Check(c.getId(), Sentences.of(c))).toList(),
                Slips.ofInitiative(dsl, fy, code));
    }

    /** Each figure group against the same group of the years before, figure by figure. */
    private List<Comparison> comparisons(Report report, String code, String name, List<FigureGroups.Group> groups) {
        Map<String, List<Comparison.Figure>> byGroup = dsl.selectFrom(RESULT_FIGURE)
                .where(RESULT_FIGURE.INITIATIVE_CODE.eq(code)).and(RESULT_FIGURE.FISCAL_YEAR.in(report.history()))
                .orderBy(RESULT_FIGURE.POSITION)
                .fetchGroups(RESULT_FIGURE.GROUP_CODE, f -> new Comparison.Figure(f.getFiscalYear(), f.getCode(),
                        FigureGroups.label(f.getCategory(), f.getSeries()), f.getAmount(), f.getUnit(), f.getPrinted()));
        String source = "出典: 各年度の報告書 " + report.documentLabel() + "「" + name + "」実施結果";
        return groups.stream().map(g -> Comparison.of(report, "initiative-" + code + "-" + g.code(),
                        g.title() + "（年度比較）", source, Map.of(), byGroup.getOrDefault(g.code(), List.of())))
                .filter(Objects::nonNull).toList();
    }
}
