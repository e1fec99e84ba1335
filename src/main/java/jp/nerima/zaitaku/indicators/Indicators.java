package jp.nerima.zaitaku.indicators;

import static jp.nerima.zaitaku.db.schema.Tables.CARE_RESOURCE;
import static jp.nerima.zaitaku.db.schema.Tables.CARE_RESOURCE_COUNT;
import static jp.nerima.zaitaku.db.schema.Tables.DATA_CHECK;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_PLACE_SHARE;
import static jp.nerima.zaitaku.db.schema.Tables.DEATH_RECORD_ANALYSIS;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;
import static jp.nerima.zaitaku.db.schema.Tables.INDICATOR_SURVEY;
import static jp.nerima.zaitaku.db.schema.Tables.PROVIDER_SURVEY;
import static jp.nerima.zaitaku.db.schema.Tables.PROVIDER_SURVEY_RETURN;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_ANSWER;
import static jp.nerima.zaitaku.db.schema.Tables.RESIDENT_QUESTION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.checks.Sentences;
import jp.nerima.zaitaku.web.Chart;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/**
 * The 【指標】 section: care resources on a date, the provider survey's returns, the place of death and the
 * residents' wish for and belief in home care, each with its charts and tables.
 */
public final class Indicators {

    /**
     * A section the year's report does not print is null; so is a section's comparison while no earlier year prints
     * the same figures.
     */
    public record Model(String state, List<Survey> surveys, Resources resources, Providers providers,
                        Deaths deaths, List<Question> questions) {}

    public record Survey(String code, String name, String formerName, String frequency, String unit, int srcLine) {}

    /** A check of this section against itself, e.g. shares that make 99% where 100% is meant, in a sentence. */
    public record Check(String id, String sentence, String status) {}

    public record Resources(String heading, String asOf, String asOfReading, int srcLine, List<Count> counts,
                            Chart chart, Comparison comparison) {}

    /** @param partOf the count this one is printed as part of (「うち」), or null */
    public record Count(String name, String partOf, String printed, int srcLine) {}

    public record Providers(String round, String roundReading, String sentPrinted, String returnedPrinted,
                            String ratePrinted, int srcLine, List<Return> returns, Chart counts, Chart rates,
                            List<Check> checks, Comparison comparison) {}

    public record Return(String name, int sent, int returned, String printed, int srcLine) {}

    public record Deaths(String scope, String periodReading, String totalLabel, String totalPrinted, int srcLine,
                         List<Share> shares, Chart chart, List<Check> checks, Comparison comparison) {}

    /** @param target the 【目標】 this share measures, or null */
    public record Share(String label, String printed, Integer target, int srcLine) {}

    public record Question(String code, String title, String question, String askedOf, String respondents,
                           int srcLine, List<Share> answers, Chart chart, List<Check> checks,
                           Comparison comparison) {}

    private final DSLContext dsl;

    public Indicators(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        Model model = load(report);
        List<List<Object>> rows = new ArrayList<>();
        Resources resources = model.resources();
        if (resources != null) {
            resources.counts().forEach(c -> rows.add(List.of("在宅医療資源状況把握（" + resources.asOf() + "）",
                    resource(c.name(), c.partOf()), c.printed(), c.srcLine())));
        }
        Providers providers = model.providers();
        if (providers != null) {
            rows.add(List.of("医療・介護資源調査", "送付件数", providers.sentPrinted(), providers.srcLine()));
            rows.add(List.of("医療・介護資源調査", "全体の回収率（回収件数）", providers.ratePrinted() + "（"
                    + providers.returnedPrinted() + "）", providers.srcLine()));
            providers.returns().forEach(r -> rows.add(List.of("医療・介護資源調査", r.name(), r.printed(),
                    r.srcLine())));
        }
        Deaths deaths = model.deaths();
        if (deaths != null) {
            rows.add(List.of("死亡小票分析", deaths.totalLabel(), deaths.totalPrinted(), deaths.srcLine()));
            deaths.shares().forEach(s -> rows.add(List.of("死亡小票分析", s.label(), s.printed(), s.srcLine())));
        }
        model.questions().forEach(q -> q.answers().forEach(a -> rows.add(List.of("高齢者基礎調査 " + q.title(),
                a.label(), a.printed(), a.srcLine()))));
        return new View("indicators.jte", "指標", model, new Table("indicators-" + report.year(),
                List.of("調査", "項目", "表記（原文）", "出典行"), rows));
    }

    public Model load(Report report) {
        String fy = report.label();
        String citation = "出典: " + report.title() + " " + report.documentLabel() + "【指標】";
        return new Model(
                dsl.select(FISCAL_YEAR.INDICATOR_STATE).from(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy))
                        .fetchSingle(FISCAL_YEAR.INDICATOR_STATE),
                dsl.selectFrom(INDICATOR_SURVEY).where(INDICATOR_SURVEY.FISCAL_YEAR.eq(fy))
                        .orderBy(INDICATOR_SURVEY.POSITION)
                        .fetch(s -> new Survey(s.getCode(), s.getName(), s.getFormerName(), s.getFrequency(),
                                s.getUnit(), s.getSrcLine())),
                resources(report, citation), providers(report, citation), deaths(report, citation),
                questions(report, citation));
    }

    private Resources resources(Report report, String citation) {
        String fy = report.label();
        var header = dsl.select(CARE_RESOURCE_COUNT.HEADING, CARE_RESOURCE_COUNT.AS_OF, ERA_READING.READING,
                        CARE_RESOURCE_COUNT.SRC_LINE)
                .from(CARE_RESOURCE_COUNT).leftJoin(ERA_READING).on(ERA_READING.PRINTED.eq(CARE_RESOURCE_COUNT.AS_OF))
                .where(CARE_RESOURCE_COUNT.FISCAL_YEAR.eq(fy)).fetchOne();
        if (header == null) return null;
        var parent = CARE_RESOURCE.as("parent");
        var years = dsl.select(CARE_RESOURCE.NAME, parent.NAME, CARE_RESOURCE.PRINTED, CARE_RESOURCE.AMOUNT,
                        CARE_RESOURCE.UNIT, CARE_RESOURCE.SRC_LINE, CARE_RESOURCE.FISCAL_YEAR, CARE_RESOURCE.CODE)
                .from(CARE_RESOURCE)
                .leftJoin(parent).on(parent.FISCAL_YEAR.eq(CARE_RESOURCE.FISCAL_YEAR))
                .and(parent.CODE.eq(CARE_RESOURCE.PARENT_CODE))
                .where(CARE_RESOURCE.FISCAL_YEAR.in(report.history())).orderBy(CARE_RESOURCE.POSITION).fetch();
        var rows = years.stream().filter(r -> r.value7().equals(fy)).toList();
        Chart.Builder chart = Chart.builder("resources", "在宅医療資源の数（" + header.value2() + "時点）",
                rows.isEmpty() ? "か所" : rows.get(0).value5(), "hbar");
        rows.forEach(r -> chart.add(resource(r.value1(), r.value2()), null, BigDecimal.valueOf(r.value4()),
                r.value3()));
        Map<String, String> asOf = dsl.selectFrom(CARE_RESOURCE_COUNT)
                .where(CARE_RESOURCE_COUNT.FISCAL_YEAR.in(report.history()))
                .fetchMap(CARE_RESOURCE_COUNT.FISCAL_YEAR, c -> c.getAsOf() + "時点");
        Comparison comparison = Comparison.of(report, "resources", "在宅医療資源の数（年度比較）",
                compared(report, "在宅医療資源状況把握"), asOf,
                years.map(r -> new Comparison.Figure(r.value7(), r.value8(), resource(r.value1(), r.value2()),
                        BigDecimal.valueOf(r.value4()), r.value5(), r.value3())));
        return new Resources(header.value1(), header.value2(), header.value3(), header.value4(),
                rows.stream().map(r -> new Count(r.value1(), r.value2(), r.value3(), r.value6())).toList(),
                chart.source(citation + " 在宅医療資源状況把握（抽出テキスト " + header.value4() + "行〜）").build(),
                comparison);
    }

    /** A 「うち」 count is named with what it is part of. */
    private static String resource(String name, String partOf) {
        return partOf == null ? name : partOf + "のうち" + name;
    }

    private Providers providers(Report report, String citation) {
        String fy = report.label();
        var survey = dsl.select(PROVIDER_SURVEY.asterisk(), ERA_READING.READING).from(PROVIDER_SURVEY)
                .leftJoin(ERA_READING).on(ERA_READING.PRINTED.eq(PROVIDER_SURVEY.SURVEY_ROUND))
                .where(PROVIDER_SURVEY.FISCAL_YEAR.eq(fy)).fetchOne();
        if (survey == null) return null;
        var returns = dsl.selectFrom(PROVIDER_SURVEY_RETURN).where(PROVIDER_SURVEY_RETURN.FISCAL_YEAR.eq(fy))
                .orderBy(PROVIDER_SURVEY_RETURN.POSITION).fetch();
        String source = citation + " 医療・介護資源調査（抽出テキスト " + survey.get(PROVIDER_SURVEY.SRC_LINE) + "〜"
                + (survey.get(PROVIDER_SURVEY.SRC_LINE) + 3) + "行）";
        Chart.Builder counts = Chart.builder("provider-counts", "施設種別の送付件数と回収件数", "件", "hbar");
        Chart.Builder rates = Chart.builder("provider-rates", "施設種別の回収率", "%", "hbar");
        returns.forEach(r -> {
            counts.add(r.getName(), "送付件数", BigDecimal.valueOf(r.getSent()), r.getSent() + "件");
            counts.add(r.getName(), "回収件数", BigDecimal.valueOf(r.getReturned()), r.getReturned() + "件");
            rates.add(r.getName(), null, r.getReturnRate(), r.getPrinted().replaceFirst("（.*$", ""));
        });
        return new Providers(survey.get(PROVIDER_SURVEY.SURVEY_ROUND), survey.get(ERA_READING.READING),
                survey.get(PROVIDER_SURVEY.SENT_PRINTED), survey.get(PROVIDER_SURVEY.RETURNED_PRINTED),
                survey.get(PROVIDER_SURVEY.RATE_PRINTED), survey.get(PROVIDER_SURVEY.SRC_LINE),
                returns.map(r -> new Return(r.getName(), r.getSent(), r.getReturned(), r.getPrinted(),
                        r.getSrcLine())),
                counts.source(source).build(), rates.source(source).build(), checks(fy, "provider_survey"),
                providersCompared(report));
    }

    /** The totals as printed (counts in 件, as the report prints them) and each facility type's return rate. */
    private Comparison providersCompared(Report report) {
        var surveys = dsl.selectFrom(PROVIDER_SURVEY).where(PROVIDER_SURVEY.FISCAL_YEAR.in(report.history())).fetch();
        List<Comparison.Figure> figures = new ArrayList<>();
        surveys.forEach(s -> {
            figures.add(new Comparison.Figure(s.getFiscalYear(), "sent", "送付件数", BigDecimal.valueOf(s.getSent()),
                    "件", s.getSentPrinted()));
            figures.add(new Comparison.Figure(s.getFiscalYear(), "returned", "回収件数",
                    BigDecimal.valueOf(s.getReturned()), "件", s.getReturnedPrinted()));
            figures.add(new Comparison.Figure(s.getFiscalYear(), "rate", "全体の回収率", s.getReturnRate(), "%",
                    s.getRatePrinted()));
        });
        dsl.selectFrom(PROVIDER_SURVEY_RETURN).where(PROVIDER_SURVEY_RETURN.FISCAL_YEAR.in(report.history()))
                .orderBy(PROVIDER_SURVEY_RETURN.POSITION)
                .forEach(r -> figures.add(new Comparison.Figure(r.getFiscalYear(), "rate:" + r.getFacilityCode(),
                        r.getName() + "の回収率", r.getReturnRate(), "%", r.getPrinted())));
        return Comparison.of(report, "providers", "医療・介護資源調査の回収状況（年度比較）",
                compared(report, "医療・介護資源調査"),
                surveys.intoMap(PROVIDER_SURVEY.FISCAL_YEAR, PROVIDER_SURVEY.SURVEY_ROUND), figures);
    }

    private Deaths deaths(Report report, String citation) {
        String fy = report.label();
        var analysis = dsl.selectFrom(DEATH_RECORD_ANALYSIS).where(DEATH_RECORD_ANALYSIS.FISCAL_YEAR.eq(fy))
                .fetchOne();
        if (analysis == null) return null;
        var from = dsl.selectFrom(ERA_READING).where(ERA_READING.PRINTED.eq(analysis.getPeriodFrom())).fetchOne();
        var to = dsl.selectFrom(ERA_READING).where(ERA_READING.PRINTED.eq(analysis.getPeriodTo())).fetchOne();
        var shares = dsl.selectFrom(DEATH_PLACE_SHARE).where(DEATH_PLACE_SHARE.FISCAL_YEAR.eq(fy))
                .orderBy(DEATH_PLACE_SHARE.POSITION).fetch();
        Chart.Builder chart = Chart.builder("death-places", "死亡場所別の割合（" + analysis.getTotalLabel() + " "
                + analysis.getTotalPrinted() + "）", "%", "hbar");
        shares.forEach(s -> chart.add(s.getPlace(), null, s.getShare(), s.getPrinted()));
        return new Deaths(analysis.getScope(),
                from == null || to == null ? null : from.getReading() + "〜" + to.getReading(),
                analysis.getTotalLabel(), analysis.getTotalPrinted(), analysis.getSrcLine(),
                shares.map(s -> new Share(s.getPlace(), s.getPrinted(), s.getTargetPosition(), s.getSrcLine())),
                chart.source(citation + " 死亡小票分析（抽出テキスト " + analysis.getSrcLine() + "〜"
                        + (analysis.getSrcLine() + 1) + "行）").build(),
                checks(fy, "death_record_analysis"), deathsCompared(report));
    }

    /** The total (deaths are counted in 人) and the share of each place, matched by the place as printed. */
    private Comparison deathsCompared(Report report) {
        var analyses = dsl.selectFrom(DEATH_RECORD_ANALYSIS)
                .where(DEATH_RECORD_ANALYSIS.FISCAL_YEAR.in(report.history())).fetch();
        List<Comparison.Figure> figures = new ArrayList<>(analyses.map(a -> new Comparison.Figure(a.getFiscalYear(),
                "total", a.getTotalLabel(), BigDecimal.valueOf(a.getTotal()), "人", a.getTotalPrinted())));
        dsl.selectFrom(DEATH_PLACE_SHARE).where(DEATH_PLACE_SHARE.FISCAL_YEAR.in(report.history()))
                .orderBy(DEATH_PLACE_SHARE.POSITION)
                .forEach(s -> figures.add(new Comparison.Figure(s.getFiscalYear(), "place:" + s.getPlace(),
                        s.getPlace(), s.getShare(), "%", s.getPrinted())));
        return Comparison.of(report, "deaths", "死亡場所別の割合（年度比較）", compared(report, "死亡小票分析"),
                analyses.intoMap(DEATH_RECORD_ANALYSIS.FISCAL_YEAR,
                        a -> a.getPeriodFrom() + "〜" + a.getPeriodTo()), figures);
    }

    private List<Question> questions(Report report, String citation) {
        String fy = report.label();
        List<Check> checks = checks(fy, "resident_question");
        return dsl.selectFrom(RESIDENT_QUESTION).where(RESIDENT_QUESTION.FISCAL_YEAR.eq(fy))
                .orderBy(RESIDENT_QUESTION.POSITION)
                .fetch(q -> {
                    // Answers are matched across years by their wording, which is what stays the same.
                    var years = dsl.selectFrom(RESIDENT_ANSWER)
                            .where(RESIDENT_ANSWER.FISCAL_YEAR.in(report.history()))
                            .and(RESIDENT_ANSWER.QUESTION_CODE.eq(q.getCode())).orderBy(RESIDENT_ANSWER.POSITION)
                            .fetch();
                    var answers = years.stream().filter(a -> a.getFiscalYear().equals(fy)).toList();
                    Chart.Builder chart = Chart.builder("elderly-" + q.getCode(),
                            q.getTitle() + "（" + q.getRespondents() + "）", "%", "hbar").quoted();
                    answers.forEach(a -> chart.add(a.getAnswer(), null, a.getShare(), a.getPrinted()));
                    return new Question(q.getCode(), q.getTitle(), q.getQuestion(), q.getAskedOf(),
                            q.getRespondents(), q.getSrcLine(),
                            answers.stream().map(a -> new Share(a.getAnswer(), a.getPrinted(), a.getTargetPosition(),
                                    a.getSrcLine())).toList(),
                            chart.source(citation + " 高齢者基礎調査（抽出テキスト " + q.getSrcLine() + "〜"
                                    + (q.getSrcLine() + 1) + "行）").build(),
                            checks.stream().filter(c -> c.id().endsWith(":" + q.getCode())).toList(),
                            Comparison.of(report, "elderly-" + q.getCode(), q.getTitle() + "（年度比較）",
                                    compared(report, "高齢者基礎調査"), Map.of(),
                                    years.map(a -> new Comparison.Figure(a.getFiscalYear(), a.getAnswer(),
                                            a.getAnswer(), a.getShare(), "%", a.getPrinted()))));
                });
    }

    private static String compared(Report report, String survey) {
        return "出典: 各年度の報告書 " + report.documentLabel() + "【指標】" + survey;
    }

    private List<Check> checks(String fy, String indicator) {
        return dsl.selectFrom(DATA_CHECK).where(DATA_CHECK.FISCAL_YEAR.eq(fy)).and(DATA_CHECK.INDICATOR.eq(indicator))
                .orderBy(DATA_CHECK.SRC_LINE)
                .fetch(c -> new Check(c.getId(), Sentences.of(c), c.getStatus()));
    }
}
