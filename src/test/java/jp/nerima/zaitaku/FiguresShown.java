package jp.nerima.zaitaku;

import static jp.nerima.zaitaku.db.schema.Tables.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No figure is lost between the database and the reader: each one, as printed, is on the page a reader reaches for
 * it. The same checks run on the pages the app serves and on a static export of them.
 */
public abstract class FiguresShown {

    private final DSLContext dsl = TestApp.dsl();
    private Map<String, String> text;
    private String everywhere;

    /** The reader's text of each page, by its address without query ("/initiatives/1-1-1"). */
    protected abstract Map<String, String> pages();

    /** A text as the pages' text is compared, where their medium breaks lines that the data does not (paper). */
    protected String comparable(String text) {
        return text;
    }

    private boolean shows(String page, String figure) {
        return page != null && page.contains(comparable(figure));
    }

    @BeforeEach
    void read() {
        text = new HashMap<>();
        pages().forEach((path, page) -> text.put(path, comparable(page)));
        everywhere = String.join("\n", text.values());
    }

    @Test
    void everyResultFigureIsOnItsInitiativesPage() {
        List<String> missing = new ArrayList<>();
        dsl.selectFrom(RESULT_FIGURE).fetch().forEach(f -> {
            String page = text.get("/initiatives/" + f.getInitiativeCode());
            if (!shows(page, f.getPrinted())) {
                missing.add(f.getInitiativeCode() + " " + f.getCode() + " " + f.getPrinted());
            }
            if (f.getPeriod() != null && !shows(page, f.getPeriod())) {
                missing.add(f.getInitiativeCode() + " " + f.getCode() + " period " + f.getPeriod());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIndicatorFigureIsOnTheIndicatorsPage() {
        String page = text.get("/indicators");
        List<String> printed = new ArrayList<>();
        printed.addAll(dsl.select(CARE_RESOURCE.PRINTED).from(CARE_RESOURCE).fetch(CARE_RESOURCE.PRINTED));
        printed.addAll(dsl.select(CARE_RESOURCE_COUNT.HEADING).from(CARE_RESOURCE_COUNT).fetch(CARE_RESOURCE_COUNT.HEADING));
        printed.addAll(dsl.select(PROVIDER_SURVEY_RETURN.PRINTED).from(PROVIDER_SURVEY_RETURN)
                .fetch(PROVIDER_SURVEY_RETURN.PRINTED));
        dsl.selectFrom(PROVIDER_SURVEY).forEach(s -> printed.addAll(List.of(s.getSentPrinted(), s.getReturnedPrinted(),
                s.getRatePrinted(), s.getSurveyRound())));
        dsl.selectFrom(DEATH_RECORD_ANALYSIS).forEach(d -> printed.addAll(List.of(d.getTotalPrinted(), d.getScope())));
        printed.addAll(dsl.select(DEATH_PLACE_SHARE.PRINTED).from(DEATH_PLACE_SHARE).fetch(DEATH_PLACE_SHARE.PRINTED));
        printed.addAll(dsl.select(RESIDENT_ANSWER.PRINTED).from(RESIDENT_ANSWER).fetch(RESIDENT_ANSWER.PRINTED));
        printed.addAll(dsl.select(INDICATOR_SURVEY.FREQUENCY).from(INDICATOR_SURVEY).fetch(INDICATOR_SURVEY.FREQUENCY));
        assertEquals(List.of(), printed.stream().filter(p -> !shows(page, p)).toList());
    }

    @Test
    void everyActivityCellAndFigureIsOnItsPage() {
        List<String> missing = new ArrayList<>();
        dsl.selectFrom(ACTIVITY).fetch().forEach(a -> {
            String page = text.get("/activities/" + a.getNo());
            for (String cell : new String[] {a.getAudience(), a.getIssue(), a.getPurpose(), a.getPeriod(),
                    a.getFrequency(), a.getSummary()}) {
                if (cell != null && !shows(page, HtmlText.of(cell))) missing.add("No." + a.getNo() + " " + cell);
            }
        });
        dsl.selectFrom(ACTIVITY_FIGURE).fetch().forEach(f -> {
            if (!shows(text.get("/activities/" + f.getNo()), f.getPrinted())) {
                missing.add("No." + f.getNo() + " figure " + f.getPrinted());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTextOfTheProgramIsShown() {
        List<String> texts = new ArrayList<>();
        texts.addAll(dsl.select(TARGET.TEXT).from(TARGET).fetch(TARGET.TEXT));
        texts.addAll(dsl.select(DESIRED_STATE.TEXT).from(DESIRED_STATE).fetch(DESIRED_STATE.TEXT));
        texts.addAll(dsl.select(PURPOSE.TEXT).from(PURPOSE).fetch(PURPOSE.TEXT));
        texts.addAll(dsl.select(OUTCOME_INDICATOR.TEXT).from(OUTCOME_INDICATOR).fetch(OUTCOME_INDICATOR.TEXT));
        texts.addAll(dsl.select(CHALLENGE.TEXT).from(CHALLENGE).fetch(CHALLENGE.TEXT));
        texts.addAll(dsl.select(INITIATIVE.RESULT_TEXT).from(INITIATIVE).fetch(INITIATIVE.RESULT_TEXT));
        assertEquals(List.of(), texts.stream().map(HtmlText::of).filter(t -> !shows(everywhere, t)).toList());
    }
}
