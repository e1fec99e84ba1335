package jp.nerima.zaitaku.db;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.jooq.impl.DSL.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;
import jp.nerima.zaitaku.db.schema.tables.records.DataCheckRecord;

/** The FY2022 report, read back through jOOQ from the database the app seeds at start. */
class ReportDataTest {

    private static final String FY = "令和4年度";
    private final DSLContext dsl = TestApp.dsl();

    @Test
    void holdsEveryPartOfTheReport() {
        Map<Table<?>, Integer> expected = Map.ofEntries(
                Map.entry(FISCAL_YEAR, 1), Map.entry(PROGRAM_UNIT, 2), Map.entry(TARGET, 3), Map.entry(PILLAR, 3),
                Map.entry(AREA, 6), Map.entry(DESIRED_STATE, 7), Map.entry(PURPOSE, 18), Map.entry(INITIATIVE, 27),
                Map.entry(INDICATOR_SURVEY, 4), Map.entry(CARE_RESOURCE, 8), Map.entry(FACILITY_TYPE, 7),
                Map.entry(PROVIDER_SURVEY_RETURN, 7), Map.entry(DEATH_PLACE_SHARE, 5),
                Map.entry(RESIDENT_QUESTION, 2), Map.entry(RESIDENT_ANSWER, 10), Map.entry(ORGANIZATION, 15),
                Map.entry(ACTIVITY, 50), Map.entry(ACTIVITY_INVOLVEMENT, 52));
        expected.forEach((table, rows) -> assertEquals(rows, dsl.fetchCount(table), table.getName()));
        assertEquals(3, dsl.fetchCount(INITIATIVE, INITIATIVE.AREA_CODE.eq("C-1")), "three COVID-era measures");
    }

    @Test
    void keepsTheProgramAsPrinted() {
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(FY)).fetchSingle();
        assertEquals("高齢者等が安心して療養できる体制を構築する", year.getAim());
        assertEquals("令和５年３月末", year.getAsOf());
        assertEquals(List.of("在宅療養希望者数の増加", "在宅療養の実現が可能であると思う区民の増加", "在宅看取り率の増加"),
                dsl.select(TARGET.TEXT).from(TARGET).orderBy(TARGET.POSITION).fetch(TARGET.TEXT));
        assertEquals("（2）相談体制の充実", dsl.select(AREA.HEADING).from(AREA).where(AREA.CODE.eq("1-2")).fetchOne(AREA.HEADING));
    }

    @Test
    void readsBackAFigureOfEverySection() {
        assertFigure("1-1-1", "total", "603", "延べ人数603名");       // 1（1）
        assertFigure("1-2-1", "consultations", "12454", "12,454件"); // 1（2）
        assertFigure("1-2-3", "outreach", "4", "４回");               // full width as printed
        assertFigure("1-3-3", "participants", "348", "348人");       // 1（3）
        assertFigure("2-1-6", "ict-nursing", "66.0", "66.0％");      // 2（1）
        assertFigure("2-2-1", "uses", "141", "延141件");              // 2（2）
        assertFigure("C-1-3", "replay", "14", "14回");                // COVID-era measures

        var survey = dsl.selectFrom(PROVIDER_SURVEY).fetchSingle();
        assertEquals(1837, survey.getSent());
        assertEquals("35.5%", survey.getRatePrinted());
        var hospital = dsl.selectFrom(PROVIDER_SURVEY_RETURN).where(PROVIDER_SURVEY_RETURN.FACILITY_CODE.eq("hospital"))
                .fetchSingle();
        assertEquals("44.4%（8/18件）", hospital.getPrinted());
        assertEquals(5555, dsl.selectFrom(DEATH_RECORD_ANALYSIS).fetchSingle().getTotal());
        assertEquals(new BigDecimal("19.0"), dsl.select(DEATH_PLACE_SHARE.SHARE).from(DEATH_PLACE_SHARE)
                .where(DEATH_PLACE_SHARE.PLACE.eq("自宅")).fetchOne(DEATH_PLACE_SHARE.SHARE));
        assertEquals("28.7％", dsl.select(RESIDENT_ANSWER.PRINTED).from(RESIDENT_ANSWER)
                .where(RESIDENT_ANSWER.QUESTION_CODE.eq("preference")).and(RESIDENT_ANSWER.ANSWER.eq("そう思う"))
                .fetchOne(RESIDENT_ANSWER.PRINTED));
        assertEquals(72, dsl.select(CARE_RESOURCE.AMOUNT).from(CARE_RESOURCE)
                .where(CARE_RESOURCE.CODE.eq("nursing-station-24h")).fetchOne(CARE_RESOURCE.AMOUNT));
    }

    @Test
    void keepsThePartnerActivitiesAsPrinted() {
        assertEquals(15, dsl.fetchCount(dsl.selectDistinct(ACTIVITY.ORGANIZATION_ID).from(ACTIVITY)));
        assertEquals(List.of("循環器内科", "がん治療センター"), dsl.select(ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.PARENT_ID.eq(6)).orderBy(ORGANIZATION.ID).fetch(ORGANIZATION.NAME));
        var no17 = activity(17);
        assertEquals("平成年31度～", no17.getPeriod(), "a malformed era date stays as printed");
        assertEquals("年１回", no17.getFrequency());
        assertEquals(List.of("練馬つつじ歯科診療所"), programs(11));
        assertEquals(5, programs(49).size());
        assertEquals(3, dsl.fetchCount(ACTIVITY_INVOLVEMENT, ACTIVITY_INVOLVEMENT.NO.eq(49)));
        assertNull(activity(44).getPeriod(), "rows 44-47 print no 期間");
        assertTrue(activity(33).getAudience().startsWith("専門職（ｹｱﾏﾈｼﾞｬｰ、"), "half-width kana as printed");
    }

    @Test
    void readsEveryEraDateWithTheJapaneseCalendar() {
        var no50 = dsl.select(ERA_READING.GREGORIAN_YEAR, ERA_READING.ERA, ERA_READING.ERA_YEAR).from(ERA_READING)
                .where(ERA_READING.PRINTED.eq("２０１４年～")).fetchSingle();
        assertEquals(2014, no50.value1());
        assertEquals("平成", no50.value2());
        assertEquals(26, no50.value3());
        assertEquals(2002, dsl.select(ERA_READING.GREGORIAN_YEAR).from(ERA_READING)
                .where(ERA_READING.PRINTED.eq("平成14年度～")).fetchOne(ERA_READING.GREGORIAN_YEAR));
        assertEquals(2019, dsl.select(ERA_READING.GREGORIAN_YEAR).from(ERA_READING)
                .where(ERA_READING.PRINTED.eq("令和元年度～")).fetchOne(ERA_READING.GREGORIAN_YEAR));
        // Every printed era date has a reading; the one malformed string is the one 'unreadable' check.
        assertEquals(dsl.fetchCount(dsl.selectDistinct(ERA_TEXT.PRINTED).from(ERA_TEXT)), dsl.fetchCount(ERA_READING));
        assertEquals(1, dsl.fetchCount(ERA_READING, ERA_READING.WELL_FORMED.isFalse()));
    }

    @Test
    void listsTheReportsContradictions() {
        Map<String, String> problems = dsl.select(DATA_CHECK.ID, DATA_CHECK.STATUS).from(DATA_CHECK)
                .where(DATA_CHECK.STATUS.ne("ok")).fetchMap(DATA_CHECK.ID, DATA_CHECK.STATUS);
        assertEquals(Map.ofEntries(
                Map.entry("parts_total:1-1-1:total", "explained"),       // 603 vs sessions 121+240+162
                Map.entry("parts_total:1-1-1:s3", "mismatch"),           // 162 vs 51+20+91+80
                Map.entry("reading:1-1-1:s3", "mismatch"),               // 121+240+242 = 603: 162 is the odd one
                Map.entry("parts_total:1-2-5:applications", "mismatch"), // 50 vs 2+29+13+5+2
                Map.entry("planned_held:2-1-2", "mismatch"),             // 4回/年 vs 認知症事例検討会２回
                Map.entry("summary_detail:C-1-3:simulcast", "mismatch"), // 同時上映会 4回 vs 3 lectures
                Map.entry("summary_detail:C-1-3:hybrid-lecture", "mismatch"), // ハイブリッド 2回 vs 3 lectures
                Map.entry("share_base:2-1-2:satisfied", "mismatch"),     // 73% of 50
                Map.entry("share_base:2-1-8:patient-image", "mismatch"), // 90% of 18
                Map.entry("frequency_result:5", "mismatch"),             // 別紙 月1回 vs 医師会在宅療養推進協議会 9回
                Map.entry("frequency_result:44", "mismatch"),            // 別紙 年1回 vs 地域同行型研修 2回
                Map.entry("frequency_result:46", "mismatch"),            // 別紙 年1回 vs 地域カンファレンス 9回
                Map.entry("activity_resource:8:1", "mismatch"),          // 約50ヶ所 vs 訪看 95か所
                Map.entry("frequency_summary:48:1", "mismatch"),         // 頻度 年2回 vs 概要 3～5回/年
                Map.entry("era_date:activity_period:17", "unreadable"),  // 平成年31度～
                Map.entry("share_total:death_place", "rounding"),        // 99%
                Map.entry("share_total:preference", "rounding"),         // 99.9%
                Map.entry("share_total:feasibility", "rounding")),       // 100.1%
                problems);
        var total = check("parts_total:1-1-1:total");
        assertEquals(new BigDecimal("603.00"), total.getPrintedValue());
        assertEquals(new BigDecimal("523.00"), total.getComputedValue());
        assertFalse(dsl.fetchExists(DATA_CHECK, DATA_CHECK.KIND.eq("survey_rate").and(DATA_CHECK.STATUS.ne("ok"))),
                "every printed return rate agrees with returned / sent");
    }

    @Test
    void readsTwoMismatchesTogether() {
        var reading = check("reading:1-1-1:s3");
        assertEquals("s3", reading.getFigureCode(), "the doubt falls on 第3回 162人, not on the total");
        assertEquals(new BigDecimal("162.00"), reading.getPrintedValue());
        assertEquals(new BigDecimal("242.00"), reading.getComputedValue());
        assertEquals("総参加者数「延べ人数603名」", reading.getComputedFrom());
        assertEquals(1, dsl.fetchCount(DATA_CHECK, DATA_CHECK.KIND.eq("reading")), "no other reading fits");
    }

    @Test
    void setsPlansAgainstWhatWasHeld() {
        assertCompared("planned_held:2-1-2", "4回/年", "4.00", "2.00", "mismatch");
        assertCompared("planned_held:1-1-1", "3回/年", "3.00", "3.00", "ok");   // three sessions listed
        assertCompared("planned_held:1-1-2", "1回/年", "1.00", "1.00", "ok");
        assertCompared("planned_held:2-1-1", "4回/年", "4.00", "4.00", "ok");   // 第1回〜第4回 in the survey
    }

    @Test
    void setsTheCovidSummaryAgainstTheSessionsItSummarizes() {
        assertCompared("summary_detail:C-1-3:hybrid-lecture", "2回", "2.00", "3.00", "mismatch");
        assertCompared("summary_detail:C-1-3:simulcast", "4回", "4.00", "3.00", "mismatch");
        assertCompared("summary_detail:C-1-3:online-case", "2回", "2.00", "2.00", "ok");  // 第2回, 第4回
        assertCompared("summary_detail:C-1-3:hybrid-case", "2回", "2.00", "2.00", "ok");  // 第1回, 第3回
    }

    @Test
    void setsTheAttachmentAgainstTheProgramAndTheIndicators() {
        assertCompared("frequency_result:5", "月1回", "12.00", "9.00", "mismatch");
        assertCompared("activity_resource:8:1", "約50ヶ所", "50.00", "95.00", "mismatch");
        assertEquals(540, check("frequency_result:5").getSrcLine());
        assertEquals(334, check("frequency_result:5").getOtherSrcLine());
    }

    @Test
    void findsSharesThatCannotComeFromTheirBase() {
        // 90% of 18 participants: no count out of 18 rounds to it; out of 10 who answered, 9 does, and only 10 fits.
        assertCompared("share_base:2-1-8:patient-image", "90％", "90.00", "10.00", "mismatch");
        // 73% of 50: no count out of 50 fits, and many smaller numbers of answers would.
        var satisfied = check("share_base:2-1-2:satisfied");
        assertEquals("mismatch", satisfied.getStatus());
        assertNull(satisfied.getComputedValue());
        // 66.0% of the 47 訪問看護ステーション that answered the survey: 31 of them.
        assertCompared("share_base:2-1-6:ict-nursing", "66.0％", "66.00", "31.00", "ok");
        assertEquals(457, check("share_base:2-1-6:ict-nursing").getOtherSrcLine());
    }

    private DataCheckRecord check(String id) {
        return dsl.selectFrom(DATA_CHECK).where(DATA_CHECK.ID.eq(id)).fetchSingle();
    }

    private void assertCompared(String id, String printed, String printedValue, String computed, String status) {
        var c = check(id);
        assertEquals(printed, c.getPrinted(), id);
        assertEquals(new BigDecimal(printedValue), c.getPrintedValue(), id);
        assertEquals(new BigDecimal(computed), c.getComputedValue(), id);
        assertEquals(status, c.getStatus(), id);
    }

    @Test
    void checksAreComputedFromTheFiguresNotTypedIn() {
        // Correct the 申込 figure by a script, as staff would, and its contradiction disappears.
        List<SqlScript> scripts = new ArrayList<>(SqlScripts.builtIn());
        scripts.add(new SqlScript("V99__correction.sql", 99, "UPDATE result_figure SET amount = 51"
                + " WHERE initiative_code = '1-2-5' AND code = 'applications';"));
        // Read 第3回 as its parts add up (242), and the total holds: no reading is left to make.
        scripts.add(new SqlScript("V100__correction.sql", 100, "UPDATE result_figure SET amount = 242"
                + " WHERE initiative_code = '1-1-1' AND code = 's3';"));
        try (Database copy = Database.load(scripts)) {
            assertEquals("ok", copy.dsl().select(DATA_CHECK.STATUS).from(DATA_CHECK)
                    .where(DATA_CHECK.ID.eq("parts_total:1-2-5:applications")).fetchOne(DATA_CHECK.STATUS));
            assertEquals("ok", copy.dsl().select(DATA_CHECK.STATUS).from(DATA_CHECK)
                    .where(DATA_CHECK.ID.eq("parts_total:1-1-1:total")).fetchOne(DATA_CHECK.STATUS));
            assertFalse(copy.dsl().fetchExists(DATA_CHECK, DATA_CHECK.KIND.eq("reading")));
        }
    }

    @Test
    void everyRowKeepsItsPlaceInTheSource() {
        Map<Integer, Long> pages = dsl.select(ACTIVITY.PAGE, count()).from(ACTIVITY).groupBy(ACTIVITY.PAGE)
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> (long) r.value2()));
        assertEquals(Map.of(1, 11L, 2, 16L, 3, 16L, 4, 7L), pages, "別紙 pages: rows 1-11, 12-27, 28-43, 44-50");
        assertEquals(0, dsl.fetchCount(RESULT_FIGURE, RESULT_FIGURE.SRC_LINE.le(0)));
    }

    private void assertFigure(String initiative, String code, String amount, String printed) {
        var figure = dsl.selectFrom(RESULT_FIGURE).where(RESULT_FIGURE.FISCAL_YEAR.eq(FY))
                .and(RESULT_FIGURE.INITIATIVE_CODE.eq(initiative)).and(RESULT_FIGURE.CODE.eq(code)).fetchSingle();
        assertEquals(0, new BigDecimal(amount).compareTo(figure.getAmount()), initiative + " " + code);
        assertEquals(printed, figure.getPrinted());
    }

    private jp.nerima.zaitaku.db.schema.tables.records.ActivityRecord activity(int no) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.NO.eq(no)).fetchSingle();
    }

    private List<String> programs(int no) {
        return dsl.select(ACTIVITY_PROGRAM.NAME).from(ACTIVITY_PROGRAM).where(ACTIVITY_PROGRAM.NO.eq(no))
                .orderBy(ACTIVITY_PROGRAM.POSITION).fetch(ACTIVITY_PROGRAM.NAME);
    }
}
