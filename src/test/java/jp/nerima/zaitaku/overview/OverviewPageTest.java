package jp.nerima.zaitaku.overview;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(text.contains("延べ人数603名 ⚠"), "603 is not the sum of its sessions");
        assertTrue(text.contains("50件 ⚠"), "50 applications, 51 outcomes");
        assertTrue(text.contains("16人"), "an uncontested figure carries no mark");
        assertTrue(!text.contains("16人 ⚠"));
    }

    private boolean contradicted(String initiative, String figure) {
        return dsl.fetchExists(DATA_CHECK, DATA_CHECK.INITIATIVE_CODE.eq(initiative)
                .and(DATA_CHECK.FIGURE_CODE.eq(figure)).and(DATA_CHECK.STATUS.ne("ok")));
    }
}
