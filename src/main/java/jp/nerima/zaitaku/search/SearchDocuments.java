package jp.nerima.zaitaku.search;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.CARE_RESOURCE;
import static jp.nerima.zaitaku.db.schema.Tables.CARE_RESOURCE_COUNT;
import static jp.nerima.zaitaku.db.schema.Tables.CHALLENGE;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_PLACE_SHARE;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_RECORD_ANALYSIS;
import static jp.nerima.zaitaku.db.schema.Tables.DESIRED_STATE;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;
import static jp.nerima.zaitaku.db.schema.Tables.FIGURE_GROUP;
import static jp.nerima.zaitaku.db.schema.Tables.INDICATOR_SURVEY;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.OUTCOME_INDICATOR;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;
import static jp.nerima.zaitaku.db.schema.Tables.PROVIDER_SURVEY;
import static jp.nerima.zaitaku.db.schema.Tables.PROVIDER_SURVEY_RETURN;
import static jp.nerima.zaitaku.db.schema.Tables.PURPOSE;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_ANSWER;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_QUESTION;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;
import static jp.nerima.zaitaku.db.schema.Tables.SPELLING_VARIANT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.activities.Listing;
import jp.nerima.zaitaku.checks.Checks;
import jp.nerima.zaitaku.program.Targets;
import jp.nerima.zaitaku.search.SearchIndex.Document;
import jp.nerima.zaitaku.search.SearchIndex.Kind;
import jp.nerima.zaitaku.search.SearchIndex.Section;
import jp.nerima.zaitaku.source.SourceText;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Folding;

/** Reads one report's index from the database: every text of every page, at the place the page shows it. */
final class SearchDocuments {

    static final List<Kind> KINDS = List.of(new Kind("target", "目的と目標"), new Kind("area", "分野"),
            new Kind("initiative", "取組と実施結果"), new Kind("covid", "コロナ禍の取組"), new Kind("indicator", "指標"),
            new Kind("activity", "別紙の取組"), new Kind("check", "データの確認"), new Kind("source", "出典（報告書の本文）"));

    private static final Pattern ERA_YEAR = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年");
    private static final Pattern GREGORIAN_YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?=年)");

    private final DSLContext dsl;

    SearchDocuments(DSLContext dsl) {
        this.dsl = dsl;
    }

    SearchIndex index(Report report, String fy) {
        String label = report.label();
        List<Document> documents = new ArrayList<>();
        targets(label, documents);
        program(label, documents);
        indicators(label, documents);
        activities(label, documents);
        checks(report, documents);
        for (SourceText.Line line : SourceText.lines(report.sourceText())) {
            if (!line.text().isBlank()) documents.add(new Document("source", line.number() + "行目", "/source",
                    "L" + line.number(), List.of(new Section("", line.text()))));
        }
        List<List<String>> aliases = new ArrayList<>(years(documents));
        aliases.addAll(spellings(label));
        return new SearchIndex(fy, KINDS, aliases, documents);
    }

    private void targets(String fy, List<Document> documents) {
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy)).fetchSingle();
        documents.add(new Document("target", year.getAim(), "/", "aim-title",
                List.of(new Section("", year.getProgramName()))));
        for (Targets.Target t : Targets.of(dsl, fy)) {
            documents.add(new Document("target", "目標" + t.position() + "　" + t.text(), "/", "target-" + t.position(),
                    t.measures().stream().map(m -> new Section("", join(m.survey(), m.label(), m.printed()))).toList()));
        }
    }

    private void program(String fy, List<Document> documents) {
        Map<String, String> kinds = dsl.select(AREA.CODE, PILLAR.KIND).from(AREA).join(PILLAR)
                .on(PILLAR.FISCAL_YEAR.eq(AREA.FISCAL_YEAR)).and(PILLAR.CODE.eq(AREA.PILLAR_CODE))
                .where(AREA.FISCAL_YEAR.eq(fy)).fetchMap(AREA.CODE, PILLAR.KIND);
        Map<String, List<String>> states = dsl.selectFrom(DESIRED_STATE).where(DESIRED_STATE.FISCAL_YEAR.eq(fy))
                .orderBy(DESIRED_STATE.POSITION).fetchGroups(DESIRED_STATE.AREA_CODE, DESIRED_STATE.TEXT);
        Map<String, List<String>> purposes = dsl.selectFrom(PURPOSE).where(PURPOSE.FISCAL_YEAR.eq(fy))
                .orderBy(PURPOSE.POSITION).fetchGroups(PURPOSE.AREA_CODE, PURPOSE.TEXT);
        dsl.selectFrom(AREA).where(AREA.FISCAL_YEAR.eq(fy)).orderBy(AREA.SRC_LINE).forEach(a -> documents.add(
                new Document(kind(kinds.get(a.getCode()), "area"), a.getHeading(), "/areas/" + a.getCode(), "",
                        List.of(new Section("state-title", join(states.getOrDefault(a.getCode(), List.of()))),
                                new Section("state-title", join(purposes.getOrDefault(a.getCode(), List.of())))))));

        Map<String, List<String>> figures = new LinkedHashMap<>();
        dsl.selectFrom(FIGURE_GROUP).where(FIGURE_GROUP.FISCAL_YEAR.eq(fy)).orderBy(FIGURE_GROUP.POSITION)
                .forEach(g -> figures.computeIfAbsent(g.getInitiativeCode(), c -> new ArrayList<>()).add(g.getTitle()));
        dsl.selectFrom(RESULT_FIGURE).where(RESULT_FIGURE.FISCAL_YEAR.eq(fy)).orderBy(RESULT_FIGURE.POSITION)
                .forEach(f -> figures.computeIfAbsent(f.getInitiativeCode(), c -> new ArrayList<>())
                        .add(join(f.getCategory(), f.getSeries(), f.getPrinted(), f.getPeriod())));
        Map<String, List<String>> indicators = dsl.selectFrom(OUTCOME_INDICATOR)
                .where(OUTCOME_INDICATOR.FISCAL_YEAR.eq(fy)).orderBy(OUTCOME_INDICATOR.POSITION)
                .fetchGroups(OUTCOME_INDICATOR.INITIATIVE_CODE, OUTCOME_INDICATOR.TEXT);
        Map<String, List<String>> challenges = new LinkedHashMap<>();
        dsl.selectFrom(CHALLENGE).where(CHALLENGE.FISCAL_YEAR.eq(fy)).orderBy(CHALLENGE.POSITION)
                .forEach(c -> challenges.computeIfAbsent(c.getInitiativeCode(), k -> new ArrayList<>())
                        .add(join(c.getHeading(), c.getText())));
        dsl.selectFrom(INITIATIVE).where(INITIATIVE.FISCAL_YEAR.eq(fy)).orderBy(INITIATIVE.SRC_LINE).forEach(i -> {
            String code = i.getCode();
            documents.add(new Document(kind(kinds.get(i.getAreaCode()), "initiative"), i.getName(),
                    "/initiatives/" + code, "", List.of(
                    new Section("", join(i.getPlannedFrequency(), i.getDetail(), i.getResponsible())),
                    new Section(code + "-results", join(i.getResultText(), join(figures.getOrDefault(code, List.of())))),
                    new Section(code + "-indicators", join(indicators.getOrDefault(code, List.of()))),
                    new Section(code + "-challenges", join(challenges.getOrDefault(code, List.of()))))));
        });
    }

    /** COVID measures are areas of the pillar of kind 'covid'. */
    private static String kind(String pillarKind, String kind) {
        return "covid".equals(pillarKind) ? "covid" : kind;
    }

    private void indicators(String fy, List<Document> documents) {
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy)).fetchSingle();
        documents.add(new Document("indicator", "指標", "/indicators", "", List.of(
                new Section("", year.getIndicatorState()),
                new Section("", join(dsl.selectFrom(INDICATOR_SURVEY).where(INDICATOR_SURVEY.FISCAL_YEAR.eq(fy))
                        .orderBy(INDICATOR_SURVEY.POSITION).fetch(s -> join(s.getName(), s.getFormerName(),
                                s.getFrequency(), s.getUnit())))))));
        var count = dsl.selectFrom(CARE_RESOURCE_COUNT).where(CARE_RESOURCE_COUNT.FISCAL_YEAR.eq(fy)).fetchOne();
        if (count != null) {
            documents.add(new Document("indicator", "在宅医療資源の状況", "/indicators", "care_resource", List.of(
                    new Section("", join(count.getHeading(), count.getAsOf())),
                    new Section("", join(dsl.selectFrom(CARE_RESOURCE).where(CARE_RESOURCE.FISCAL_YEAR.eq(fy))
                            .orderBy(CARE_RESOURCE.POSITION).fetch(r -> join(r.getName(), r.getPrinted())))))));
        }
        var survey = dsl.selectFrom(PROVIDER_SURVEY).where(PROVIDER_SURVEY.FISCAL_YEAR.eq(fy)).fetchOne();
        if (survey != null) {
            documents.add(new Document("indicator", "医療・介護資源調査の回収状況", "/indicators", "provider_survey",
                    List.of(new Section("", join(survey.getSurveyRound(), survey.getSentPrinted(),
                                    survey.getReturnedPrinted(), survey.getRatePrinted())),
                            new Section("", join(dsl.selectFrom(PROVIDER_SURVEY_RETURN)
                                    .where(PROVIDER_SURVEY_RETURN.FISCAL_YEAR.eq(fy))
                                    .orderBy(PROVIDER_SURVEY_RETURN.POSITION)
                                    .fetch(r -> join(r.getName(), r.getPrinted())))))));
        }
        var deaths = dsl.selectFrom(DEATH_RECORD_ANALYSIS).where(DEATH_RECORD_ANALYSIS.FISCAL_YEAR.eq(fy)).fetchOne();
        if (deaths != null) {
            documents.add(new Document("indicator", "死亡場所（死亡小票分析）", "/indicators", "death_record_analysis",
                    List.of(new Section("", join(deaths.getPeriodFrom() + "～" + deaths.getPeriodTo(),
                                    deaths.getScope(), deaths.getTotalLabel(), deaths.getTotalPrinted())),
                            new Section("", join(dsl.selectFrom(DEATH_PLACE_SHARE)
                                    .where(DEATH_PLACE_SHARE.FISCAL_YEAR.eq(fy)).orderBy(DEATH_PLACE_SHARE.POSITION)
                                    .fetch(p -> join(p.getPlace(), p.getPrinted())))))));
        }
        Map<String, List<String>> answers = dsl.selectFrom(RESIDENT_ANSWER).where(RESIDENT_ANSWER.FISCAL_YEAR.eq(fy))
                .orderBy(RESIDENT_ANSWER.POSITION).fetchGroups(RESIDENT_ANSWER.QUESTION_CODE,
                        a -> join(a.getAnswer(), a.getPrinted()));
        dsl.selectFrom(RESIDENT_QUESTION).where(RESIDENT_QUESTION.FISCAL_YEAR.eq(fy))
                .orderBy(RESIDENT_QUESTION.POSITION).forEach(q -> documents.add(new Document("indicator",
                        q.getTitle(), "/indicators", "resident_question", List.of(
                        new Section("", join(q.getQuestion(), q.getAskedOf(), q.getRespondents())),
                        new Section("", join(answers.getOrDefault(q.getCode(), List.of())))))));
    }

    private void activities(String fy, List<Document> documents) {
        Map<Integer, String[]> texts = dsl.select(ACTIVITY.NO, ACTIVITY.PURPOSE, ACTIVITY.SUMMARY).from(ACTIVITY)
                .where(ACTIVITY.FISCAL_YEAR.eq(fy))
                .fetchMap(ACTIVITY.NO, r -> new String[]{r.value2(), r.value3()});
        for (Listing.Row r : Listing.of(dsl, fy)) {
            String[] text = texts.get(r.no());
            documents.add(new Document("activity", "No." + r.no() + "　" + String.join("・", r.programs()),
                    "/activities/" + r.no(), "", List.of(
                    new Section("", join(r.organization(), r.audience(), String.join("・", r.audiences()),
                            r.issue(), text[0])),
                    new Section("", join(r.period(), r.periodReading(), r.frequency(),
                            String.join("・", r.involvement()))),
                    new Section("", text[1]))));
        }
    }

    private void checks(Report report, List<Document> documents) {
        // The page's own model: the words the page shows, at the row the search links to.
        var model = (Checks.Model) new Checks(dsl).page(new Request("html", Map.of(), Map.of()), report).model();
        model.groups().forEach(g -> g.checks().forEach(c -> documents.add(new Document("check",
                join(c.about(), c.subject()), "/checks", c.id(), List.of(new Section("",
                        join(Checks.statusLabel(c.status()), c.kind(), c.printed(), c.computedFrom())))))));
    }

    /**
     * Each year the documents name, as its era year and as its Gregorian year, both ways: 平成26年 and 2014年 are
     * one year; 2019 is 平成31年 until April and 令和元年 after.
     */
    static List<List<String>> years(List<Document> documents) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Document d : documents) {
            for (String text : texts(d)) {
                String folded = Folding.fold(text);
                Matcher era = ERA_YEAR.matcher(folded);
                while (era.find()) {
                    Integer year = gregorian(era.group(1), era.group(2));
                    if (year != null) years.add(year);
                }
                Matcher gregorian = GREGORIAN_YEAR.matcher(folded);
                while (gregorian.find()) years.add(Integer.valueOf(gregorian.group(1)));
            }
        }
        List<List<String>> aliases = new ArrayList<>();
        for (int year : years) {
            TreeSet<String> names = new TreeSet<>();
            names.add(String.valueOf(year));
            for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                JapaneseDate date = JapaneseDate.from(day);
                String era = date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
                int eraYear = date.get(ChronoField.YEAR_OF_ERA);
                names.add(era + eraYear);
                if (eraYear == 1) names.add(era + "元");
            }
            aliases.add(List.copyOf(names));
        }
        return aliases;
    }

    /** The Gregorian year of an era year (令和元 → 2019), or null for a year the era never had. */
    static Integer gregorian(String era, String year) {
        int eraYear = year.equals("元") ? 1 : Integer.parseInt(year);
        for (JapaneseEra e : JapaneseEra.values()) {
            if (!e.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(era)) continue;
            try {
                return JapaneseDate.of(e, eraYear, 12, 31).get(ChronoField.YEAR);
            } catch (DateTimeException beyond) {
                try {
                    return JapaneseDate.of(e, eraYear, 1, 1).get(ChronoField.YEAR);
                } catch (DateTimeException none) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The report's spelling variants, from SQL: each group of spellings, folded. */
    private List<List<String>> spellings(String fy) {
        return dsl.selectFrom(SPELLING_VARIANT).where(SPELLING_VARIANT.FISCAL_YEAR.eq(fy))
                .orderBy(SPELLING_VARIANT.WORD, SPELLING_VARIANT.SPELLING)
                .fetchGroups(SPELLING_VARIANT.WORD, SPELLING_VARIANT.SPELLING).values().stream()
                .map(group -> group.stream().map(Folding::fold).distinct().toList())
                .filter(group -> group.size() > 1).toList();
    }

    private static List<String> texts(Document d) {
        List<String> texts = new ArrayList<>();
        texts.add(d.title());
        d.sections().forEach(s -> texts.add(s.text()));
        return texts;
    }

    /** Pieces of text as one, apart by a space that no search word spans; empty pieces left out. */
    private static String join(String... pieces) {
        return join(Arrays.asList(pieces));
    }

    private static String join(Collection<String> pieces) {
        return pieces.stream().filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining("　"));
    }
}
