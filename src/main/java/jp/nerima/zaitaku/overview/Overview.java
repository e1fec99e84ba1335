package jp.nerima.zaitaku.overview;

import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_PLACE_SHARE;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_ANSWER;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_QUESTION;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;
import static jp.nerima.zaitaku.db.schema.Tables.TARGET;

import java.util.List;

import org.jooq.DSLContext;

import io.javalin.http.Context;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.View;

/** The first page: the program's aim, its three targets with what measures them, and each area's headline figures. */
public final class Overview {

    public record Model(String programName, String aim, List<Target> targets, List<Pillar> pillars,
                        int problemCount) {}

    /** A 【目標】 and the shares of the 【指標】 surveys that measure it. */
    public record Target(int position, String text, List<Measure> measures) {}

    public record Measure(String survey, String label, String printed, int srcLine) {}

    public record Pillar(String code, String kind, String heading, List<Area> areas) {}

    public record Area(String code, String heading, List<Card> cards) {}

    /** A headline figure of an initiative; {@code checkId} is set where the report contradicts itself on it. */
    public record Card(String initiativeCode, String initiativeName, String label, String printed, int srcLine,
                       String checkId) {}

    private final DSLContext dsl;

    public Overview(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Context ctx, Report report) {
        return View.of("overview.jte", "概要", load(report.label()));
    }

    Model load(String fy) {
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy)).fetchSingle();
        Problems problems = Problems.of(dsl, fy);
        List<Target> targets = dsl.selectFrom(TARGET).where(TARGET.FISCAL_YEAR.eq(fy)).orderBy(TARGET.POSITION)
                .fetch(t -> new Target(t.getPosition(), t.getText(), measures(fy, t.getPosition())));
        List<Pillar> pillars = dsl.selectFrom(PILLAR).where(PILLAR.FISCAL_YEAR.eq(fy)).orderBy(PILLAR.SRC_LINE)
                .fetch(p -> new Pillar(p.getCode(), p.getKind(), p.getHeading(), areas(fy, p.getCode(), problems)));
        return new Model(year.getProgramName(), year.getAim(), targets, pillars, problems.count());
    }

    private List<Measure> measures(String fy, int target) {
        var survey = dsl.select(RESIDENT_QUESTION.TITLE, RESIDENT_ANSWER.ANSWER, RESIDENT_ANSWER.PRINTED,
                        RESIDENT_ANSWER.SRC_LINE)
                .from(RESIDENT_ANSWER)
                .join(RESIDENT_QUESTION).onKey()
                .where(RESIDENT_ANSWER.FISCAL_YEAR.eq(fy)).and(RESIDENT_ANSWER.TARGET_POSITION.eq(target))
                .fetch(r -> new Measure("高齢者基礎調査「" + r.value1() + "」", r.value2(), r.value3(), r.value4()));
        var deaths = dsl.select(DEATH_PLACE_SHARE.PLACE, DEATH_PLACE_SHARE.PRINTED, DEATH_PLACE_SHARE.SRC_LINE)
                .from(DEATH_PLACE_SHARE)
                .where(DEATH_PLACE_SHARE.FISCAL_YEAR.eq(fy)).and(DEATH_PLACE_SHARE.TARGET_POSITION.eq(target))
                .fetch(r -> new Measure("死亡小票分析（死亡場所）", r.value1(), r.value2(), r.value3()));
        return java.util.stream.Stream.concat(survey.stream(), deaths.stream()).toList();
    }

    private List<Area> areas(String fy, String pillar, Problems problems) {
        return dsl.selectFrom(AREA).where(AREA.FISCAL_YEAR.eq(fy)).and(AREA.PILLAR_CODE.eq(pillar))
                .orderBy(AREA.CODE)
                .fetch(a -> new Area(a.getCode(), a.getHeading(), cards(fy, a.getCode(), problems)));
    }

    private List<Card> cards(String fy, String area, Problems problems) {
        return dsl.select(INITIATIVE.CODE, INITIATIVE.NAME, RESULT_FIGURE.CODE, RESULT_FIGURE.CATEGORY,
                        RESULT_FIGURE.PRINTED, RESULT_FIGURE.SRC_LINE)
                .from(RESULT_FIGURE)
                .join(INITIATIVE).on(INITIATIVE.FISCAL_YEAR.eq(RESULT_FIGURE.FISCAL_YEAR)
                        .and(INITIATIVE.CODE.eq(RESULT_FIGURE.INITIATIVE_CODE)))
                .where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).and(INITIATIVE.AREA_CODE.eq(area))
                .and(RESULT_FIGURE.HEADLINE.isTrue())
                .orderBy(INITIATIVE.SRC_LINE, RESULT_FIGURE.POSITION)
                .fetch(r -> new Card(r.value1(), r.value2(), r.value4(), r.value5(), r.value6(),
                        problems.forFigure(r.value1(), r.value3()).orElse(null)));
    }
}
