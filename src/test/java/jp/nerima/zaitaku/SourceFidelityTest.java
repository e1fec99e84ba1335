package jp.nerima.zaitaku;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text and figure in the database stands in the source at the line its row names (or in the few lines after,
 * where the PDF wrapped it). This is what keeps a typo out of the data: nothing is retyped from memory.
 */
class SourceFidelityTest {

    private static final int WRAP = 8;
    private static final List<String> SOURCE = source();

    @TestFactory
    Stream<DynamicTest> everyPrintedFigureStandsAtItsLine() {
        return Stream.of(
                check(RESULT_FIGURE, RESULT_FIGURE.PRINTED, RESULT_FIGURE.SRC_LINE, 1),
                check(CARE_RESOURCE, CARE_RESOURCE.PRINTED, CARE_RESOURCE.SRC_LINE, 0),
                check(PROVIDER_SURVEY_RETURN, PROVIDER_SURVEY_RETURN.PRINTED, PROVIDER_SURVEY_RETURN.SRC_LINE, 0),
                check(PROVIDER_SURVEY, PROVIDER_SURVEY.SENT_PRINTED, PROVIDER_SURVEY.SRC_LINE, 0),
                check(PROVIDER_SURVEY, PROVIDER_SURVEY.RETURNED_PRINTED, PROVIDER_SURVEY.SRC_LINE, 1),
                check(PROVIDER_SURVEY, PROVIDER_SURVEY.RATE_PRINTED, PROVIDER_SURVEY.SRC_LINE, 1),
                check(DEATH_RECORD_ANALYSIS, DEATH_RECORD_ANALYSIS.TOTAL_PRINTED, DEATH_RECORD_ANALYSIS.SRC_LINE, 1),
                check(DEATH_PLACE_SHARE, DEATH_PLACE_SHARE.PRINTED, DEATH_PLACE_SHARE.SRC_LINE, 0),
                check(RESIDENT_ANSWER, RESIDENT_ANSWER.PRINTED, RESIDENT_ANSWER.SRC_LINE, 0),
                check(ACTIVITY_FIGURE, ACTIVITY_FIGURE.PRINTED, ACTIVITY_FIGURE.SRC_LINE, 1)
        ).flatMap(List::stream);
    }

    @TestFactory
    Stream<DynamicTest> everyTextStandsAtItsLine() {
        return Stream.of(
                check(TARGET, TARGET.TEXT, TARGET.SRC_LINE, 0),
                check(PILLAR, PILLAR.HEADING, PILLAR.SRC_LINE, 0),
                check(AREA, AREA.HEADING, AREA.SRC_LINE, 0),
                check(DESIRED_STATE, DESIRED_STATE.TEXT, DESIRED_STATE.SRC_LINE, WRAP),
                check(PURPOSE, PURPOSE.TEXT, PURPOSE.SRC_LINE, WRAP),
                check(INITIATIVE, INITIATIVE.NAME, INITIATIVE.SRC_LINE, WRAP),
                check(OUTCOME_INDICATOR, OUTCOME_INDICATOR.TEXT, OUTCOME_INDICATOR.SRC_LINE, WRAP),
                check(CHALLENGE, CHALLENGE.TEXT, CHALLENGE.SRC_LINE, WRAP),
                check(INDICATOR_SURVEY, INDICATOR_SURVEY.NAME, INDICATOR_SURVEY.SRC_LINE, 0),
                check(CARE_RESOURCE, CARE_RESOURCE.NAME, CARE_RESOURCE.SRC_LINE, 0),
                check(CARE_RESOURCE_COUNT, CARE_RESOURCE_COUNT.HEADING, CARE_RESOURCE_COUNT.SRC_LINE, 0),
                check(RESIDENT_QUESTION, RESIDENT_QUESTION.QUESTION, RESIDENT_QUESTION.SRC_LINE, 0),
                check(DEATH_RECORD_ANALYSIS, DEATH_RECORD_ANALYSIS.SCOPE, DEATH_RECORD_ANALYSIS.SRC_LINE, 0),
                check(FISCAL_YEAR, FISCAL_YEAR.TITLE, FISCAL_YEAR.SRC_LINE, 0),
                check(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.SRC_LINE, WRAP),
                check(ACTIVITY, ACTIVITY.AUDIENCE, ACTIVITY.SRC_LINE, 2 * WRAP),
                check(ACTIVITY, ACTIVITY.PURPOSE, ACTIVITY.SRC_LINE, 2 * WRAP),
                check(ACTIVITY, ACTIVITY.SUMMARY, ACTIVITY.SRC_LINE, 5 * WRAP),
                check(PRINTED_SLIP, PRINTED_SLIP.PRINTED, PRINTED_SLIP.SRC_LINE, 1)
        ).flatMap(List::stream);
    }

    /** The results of an initiative stand between its first and last line. */
    @TestFactory
    Stream<DynamicTest> everyInitiativesResultsStandInItsRows() {
        return TestApp.dsl().selectFrom(INITIATIVE).fetch().stream().flatMap(i -> Stream.of(
                DynamicTest.dynamicTest(i.getCode() + " 実施結果", () -> assertStands(i.getResultText(),
                        i.getSrcLine(), i.getSrcLineEnd() - i.getSrcLine())),
                DynamicTest.dynamicTest(i.getCode() + " 担当・所管", () -> assertStands(i.getResponsible(),
                        i.getSrcLine(), i.getSrcLineEnd() - i.getSrcLine()))));
    }

    private static List<DynamicTest> check(Table<?> table, Field<String> text, Field<Integer> line, int wrap) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Record2<String, Integer> r : TestApp.dsl().select(text, line).from(table).fetch()) {
            tests.add(DynamicTest.dynamicTest(table.getName() + "." + text.getName() + " L" + r.value2() + " "
                    + r.value1(), () -> assertStands(r.value1(), r.value2(), wrap)));
        }
        return tests;
    }

    private static void assertStands(String text, int line, int wrap) {
        StringBuilder window = new StringBuilder();
        for (int i = line; i <= Math.min(line + wrap, SOURCE.size()); i++) window.append(SOURCE.get(i - 1));
        assertTrue(window.toString().contains(text.replace("\n", "")),
                () -> "「" + text + "」 is not at L" + line + "–L" + (line + wrap));
    }

    private static List<String> source() {
        try (InputStream in = SourceFidelityTest.class.getResourceAsStream("/source/fy2022.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
