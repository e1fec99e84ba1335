package jp.nerima.zaitaku.overview;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import jp.nerima.zaitaku.TestApp;

/** The first page shows the program from the database: every figure on it is read back from the HTML. */
class OverviewPageTest {

    private final DSLContext dsl = TestApp.dsl();
    private final TestApp.Response page = TestApp.get("/");
    private final String text = jp.nerima.zaitaku.HtmlText.of(page.body());

    @Test
    void answersInJapanese() {
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"ja\">"));
    }

    @Test
    void showsTheAimTheTargetsAndTheSource() {
        var year = dsl.selectFrom(FISCAL_YEAR).fetchSingle();
        assertTrue(text.contains(year.getAim()));
        assertTrue(text.contains("出典: " + year.getTitle()), "every page names its source");
        List<String> targets = dsl.select(TARGET.TEXT).from(TARGET).fetch(TARGET.TEXT);
        assertEquals(3, targets.size());
        targets.forEach(t -> assertTrue(text.contains(t), t));
    }

    @Test
    void showsEveryHeadlineFigureAsPrinted() {
        var headlines = dsl.selectFrom(RESULT_FIGURE).where(RESULT_FIGURE.HEADLINE.isTrue()).fetch();
        assertTrue(headlines.size() >= 20, "a headline for most initiatives");
        headlines.forEach(f -> assertTrue(text.contains(f.getPrinted() + (contradicted(f.getInitiativeCode(),
                f.getCode()) ? " ⚠" : "")), f.getInitiativeCode() + " " + f.getPrinted()));
        dsl.selectDistinct(AREA.HEADING).from(AREA).fetch(AREA.HEADING)
                .forEach(h -> assertTrue(text.contains(h), h));
    }

    @Test
    void saysWhatEachHeadlineCountsAndOfWhom() {
        assertTrue(text.contains("対象: 高齢者一般のうち、「在宅療養の希望」で「そう思う」と答えた方"), "目標2's base");
        assertTrue(text.contains("対象: 令和3年1月～令和3年12月に死亡した練馬区民（全看取り死 5,555人）"),
                "目標3 counts deaths of 令和3年, not of the report's year");
        assertTrue(text.contains("ICTを現在活用している訪問看護の割合"));
        assertTrue(text.contains("母数: 医療・介護資源調査の訪問看護ステーションの回収件数（47件）"));
        assertTrue(text.contains("地域ケア予防会議の実施回数"));
        assertTrue(text.contains("書面開催：１回"), "printed beside 8回");
        assertTrue(text.contains("医師会在宅療養推進協議会の開催回数"));
        assertTrue(text.contains("摂食・えん下機能支援事業の申込件数"));
        assertTrue(text.contains("27年10月～"), "a cumulative count says since when");
    }

    @Test
    void showsWhatMeasuresEachTarget() {
        dsl.select(RESIDENT_ANSWER.PRINTED, RESIDENT_ANSWER.ANSWER).from(RESIDENT_ANSWER)
                .where(RESIDENT_ANSWER.TARGET_POSITION.isNotNull())
                .fetch().forEach(r -> assertTrue(text.contains(r.value1() + " " + r.value2()), r.value1()));
        dsl.select(DEATH_PLACE_SHARE.PRINTED, DEATH_PLACE_SHARE.PLACE).from(DEATH_PLACE_SHARE)
                .where(DEATH_PLACE_SHARE.TARGET_POSITION.isNotNull())
                .fetch().forEach(r -> assertTrue(text.contains(r.value1() + " " + r.value2()), r.value1()));
    }

    @Test
    void marksTheFiguresTheReportContradicts() {
        // 121+240+162 is not 603, but 121+240+242 is: read together, 第3回's 162 is in doubt, not the total.
        assertTrue(text.contains("延べ人数603名"));
        assertFalse(text.contains("延べ人数603名 ⚠"), "the total holds once 第3回 is read as its parts");
        assertTrue(text.contains("50件 ⚠"), "50 applications, 51 outcomes");
        assertTrue(text.contains("16人"), "an uncontested figure carries no mark");
        assertTrue(!text.contains("16人 ⚠"));
    }

    private boolean contradicted(String initiative, String figure) {
        return dsl.fetchExists(DATA_CHECK, DATA_CHECK.INITIATIVE_CODE.eq(initiative)
                .and(DATA_CHECK.FIGURE_CODE.eq(figure)).and(DATA_CHECK.STATUS.in("mismatch", "unreadable")));
    }
}
