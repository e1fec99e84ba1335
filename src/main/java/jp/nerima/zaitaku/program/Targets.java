package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.DEATH_PLACE_SHARE;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_RECORD_ANALYSIS;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_ANSWER;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_QUESTION;
import static jp.nerima.zaitaku.db.schema.Tables.TARGET;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

/** The 【目標】 of a report, each with the shares of the 【指標】 surveys that measure it (their target_position). */
public final class Targets {

    public record Target(int position, String text, List<Measure> measures) {}

    /**
     * @param context who was asked or counted, and when where the report says so: the share's base
     * @param anchor  the section of the indicators page that holds the survey
     */
    public record Measure(String survey, String label, String printed, String context, String anchor, int srcLine) {}

    private Targets() {}

    public static List<Target> of(DSLContext dsl, String fy) {
        Map<Integer, List<Measure>> measures = measures(dsl, fy);
        return dsl.selectFrom(TARGET).where(TARGET.FISCAL_YEAR.eq(fy)).orderBy(TARGET.POSITION)
                .fetch(t -> new Target(t.getPosition(), t.getText(),
                        measures.getOrDefault(t.getPosition(), List.of())));
    }

    /**
     * By target, the survey answers first: each survey read once for all targets, as the overview is the first
     * page a --data start makes, and every query costs there.
     */
    private static Map<Integer, List<Measure>> measures(DSLContext dsl, String fy) {
        var asked = RESIDENT_QUESTION.as("asked");
        Map<Integer, List<Measure>> byTarget = new HashMap<>();
        dsl.select(RESIDENT_ANSWER.TARGET_POSITION, RESIDENT_QUESTION.TITLE, RESIDENT_ANSWER.ANSWER,
                        RESIDENT_ANSWER.PRINTED, RESIDENT_ANSWER.SRC_LINE, RESIDENT_QUESTION.RESPONDENTS,
                        RESIDENT_QUESTION.ASKED_OF, asked.TITLE)
                .from(RESIDENT_ANSWER).join(RESIDENT_QUESTION).onKey()
                .leftJoin(asked).on(asked.FISCAL_YEAR.eq(RESIDENT_QUESTION.FISCAL_YEAR))
                .and(asked.POSITION.eq(RESIDENT_QUESTION.POSITION.minus(1)))
                .where(RESIDENT_ANSWER.FISCAL_YEAR.eq(fy)).and(RESIDENT_ANSWER.TARGET_POSITION.isNotNull())
                .forEach(r -> byTarget.computeIfAbsent(r.value1(), t -> new ArrayList<>())
                        .add(new Measure("高齢者基礎調査「" + r.value2() + "」", r.value3(), r.value4(),
                                "対象: " + r.value6() + askedOf(r.value7(), r.value8()), "resident_question",
                                r.value5())));
        dsl.select(DEATH_PLACE_SHARE.TARGET_POSITION, DEATH_PLACE_SHARE.PLACE, DEATH_PLACE_SHARE.PRINTED,
                        DEATH_PLACE_SHARE.SRC_LINE, DEATH_RECORD_ANALYSIS.SCOPE, DEATH_RECORD_ANALYSIS.TOTAL_LABEL,
                        DEATH_RECORD_ANALYSIS.TOTAL_PRINTED)
                .from(DEATH_PLACE_SHARE).join(DEATH_RECORD_ANALYSIS).onKey()
                .where(DEATH_PLACE_SHARE.FISCAL_YEAR.eq(fy)).and(DEATH_PLACE_SHARE.TARGET_POSITION.isNotNull())
                .forEach(r -> byTarget.computeIfAbsent(r.value1(), t -> new ArrayList<>())
                        .add(new Measure("死亡小票分析（死亡場所）", r.value2(), r.value3(),
                                "対象: " + r.value5().replaceFirst("を対象$", "") + "（" + r.value6() + " "
                                        + r.value7() + "）", "death_record_analysis", r.value4())));
        return byTarget;
    }

    /**
     * A question put only to some, as printed ('※上記で「そう思う」と答えた方が対象'), said of the question before it:
     * 'のうち、「在宅療養の希望」で「そう思う」と答えた方'.
     */
    private static String askedOf(String askedOf, String previousTitle) {
        if (askedOf == null) return "";
        String who = askedOf.replaceFirst("^※", "").replaceFirst("が対象$", "");
        return "のうち、" + (previousTitle == null ? who : who.replaceFirst("^上記", "「" + previousTitle + "」"));
    }
}
