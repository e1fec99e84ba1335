package jp.nerima.zaitaku.present;

import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.checks.Sentences;
import jp.nerima.zaitaku.db.schema.tables.records.DataCheckRecord;
import jp.nerima.zaitaku.indicators.Indicators;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.program.Headlines;
import jp.nerima.zaitaku.program.Initiatives;
import jp.nerima.zaitaku.program.Targets;
import jp.nerima.zaitaku.web.Chart;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.View;

/**
 * The report as slides for the council's projector: a title, the aim and targets, then per pillar a divider, each
 * area's headline figures and the charts of its initiatives, the indicators, the 別紙 and the report's
 * contradictions; with earlier years loaded, the cards show the year before and each year-over-year chart follows
 * the charts of its section. Every address (/present/3) shows the whole deck at one slide, so a slide can be named
 * in a meeting and moving on never reloads the page; /present/all lays every slide out for printing.
 */
public final class Presentation {

    /**
     * A slide shows one of: a title or divider (its lines), the targets, a set of cards, a chart, or the report's
     * contradictions; the others are empty.
     *
     * @param kind     title, divider, targets, cards, chart or problems
     * @param compared the cards' figures beside the years before; null while no earlier year prints one
     * @param marks    the report's contradictions on the slide's figures, each with the other figure
     * @param notes    for the presenter: each figure as printed with its source line, the change from the year
     *                 before, each contradiction
     * @param link     the page that holds the slide's content in full
     */
    public record Slide(String kind, String title, String subtitle, List<String> lines, List<Targets.Target> targets,
                        List<Headlines.Card> cards, Comparison compared, Chart chart, List<Mark> marks,
                        List<Mark> problems, List<String> notes, String link) {

        /** Of a stacked chart, the totals the report prints by category, to stand beside the sums of the parts. */
        public Map<String, String> printedTotals() {
            Map<String, String> totals = new LinkedHashMap<>();
            if (chart != null && "stacked".equals(chart.kind())) {
                marks.stream().filter(m -> chart.labels().contains(m.label()))
                        .forEach(m -> totals.put(m.label(), m.printed()));
            }
            return totals;
        }
    }

    /** A figure the report contradicts: as printed, and what it was compared with. */
    public record Mark(String label, String printed, String other) {

        public String text() {
            return label + ": 報告書の表記は" + printed + "、" + other;
        }

        /** For the presenter's notes. */
        public String note() {
            return "⚠要確認 " + text();
        }
    }

    /**
     * @param number      the slide shown first; 0 for the printed deck, every slide one after the other
     * @param autoSeconds seconds until the next slide on an unattended screen; null when a presenter moves on
     */
    public record Model(List<Slide> slides, int number, Slide slide, String aim, String programName,
                        Integer autoSeconds) {

        /** A slide's address, keeping the unattended pace. */
        public String slideLink(int n) {
            return "/present/" + n + (autoSeconds == null ? "" : "?auto=" + autoSeconds);
        }

        public int count() {
            return slides.size();
        }

        public boolean printed() {
            return number == 0;
        }

        /** The slide the controls start at: the one asked for, or the first of the printed deck. */
        public int shown() {
            return Math.max(number, 1);
        }

        public String json(Slide slide) {
            try {
                return JSON.writeValueAsString(slide.printedTotals());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // Slower than a reader can take in a chart is pointless; slower than an hour looks broken.
    private static final int MIN_AUTO = 5;
    private static final int PROBLEMS_PER_SLIDE = 4;
    // Four cards stand in one row, each with room for what it counts, its base or period, and its initiative.
    private static final int CARDS_PER_SLIDE = 4;
    private static final int MAX_AUTO = 3600;

    private final DSLContext dsl;
    // The database does not change after start, so a report's slides are made once, on first showing.
    private final Map<String, List<Slide>> slides = new ConcurrentHashMap<>();
    private final Overview overview;
    private final Initiatives initiatives;
    private final Indicators indicators;
    private final Activities activities;

    public Presentation(DSLContext dsl) {
        this.dsl = dsl;
        this.overview = new Overview(dsl);
        this.initiatives = new Initiatives(dsl);
        this.indicators = new Indicators(dsl);
        this.activities = new Activities(dsl);
    }

    public View page(Request request, Report report) {
        String param = request.pathParam("number") == null ? "1" : request.pathParam("number");
        Overview.Model program = overview.load(report);
        List<Slide> slides = slides(report);
        boolean all = param.equals("all");
        int number = param.matches("\\d{1,3}") ? Integer.parseInt(param) : 0;
        if (!all && (number < 1 || number > slides.size())) {
            throw new NotFoundResponse("発表用のスライドは1〜" + slides.size() + "枚目です（全スライドの印刷用は all）。");
        }
        Slide slide = slides.get(Math.max(number, 1) - 1);
        String title = all ? "発表 全" + slides.size() + "枚（印刷用）" : "発表 " + number + "/" + slides.size() + " "
                + slide.title();
        return View.of("present.jte", title, new Model(slides, number, slide, program.aim(), program.programName(),
                all ? null : autoSeconds(request.queryParam("auto"))));
    }

    /**
     * The slide that shows a page's content, so that any page opened with ?present starts the presentation there:
     * the slide of the page itself, else of the area an initiative belongs to, else of the section, else the first.
     */
    public int slideFor(Report report, String path) {
        List<Slide> slides = slides(report);
        String wanted = path;
        if (path.startsWith("/initiatives/")) {
            String code = path.substring("/initiatives/".length());
            boolean hasOwnSlide = slides.stream().anyMatch(s -> s.link().equals(path));
            wanted = hasOwnSlide ? path : initiatives.all(report).stream().filter(i -> i.code().equals(code))
                    .findFirst().map(i -> "/areas/" + i.areaCode()).orElse(path);
        }
        for (String candidate = wanted; !candidate.isEmpty(); candidate = candidate.substring(0,
                candidate.lastIndexOf('/'))) {
            for (int i = 0; i < slides.size(); i++) {
                if (slides.get(i).link().equals(candidate)) return i + 1;
            }
        }
        return 1;
    }

    private static Integer autoSeconds(String auto) {
        if (auto == null) return null;
        if (!auto.matches("\\d{1,4}") || Integer.parseInt(auto) < MIN_AUTO || Integer.parseInt(auto) > MAX_AUTO) {
            throw new BadRequestResponse("自動送りの秒数 auto は " + MIN_AUTO + "〜" + MAX_AUTO
                    + " の整数で指定してください（例: auto=30）。");
        }
        return Integer.parseInt(auto);
    }

    private List<Slide> slides(Report report) {
        return slides.computeIfAbsent(report.label(), fy -> new Deck(report).slides());
    }

    /** The making of one report's slides. */
    private final class Deck {
        private final Report report;
        private final Overview.Model program;
        private final List<DataCheckRecord> problems;
        private final List<Slide> slides = new ArrayList<>();

        Deck(Report report) {
            this.report = report;
            this.program = overview.load(report);
            this.problems = Problems.of(dsl, report.label()).checks();
        }

        List<Slide> slides() {
            slides.add(slide("title", report.title(), program.programName(), List.of(report.label() + "（"
                    + report.year() + "年度）", report.asOf() + "現在の数値", "数値はすべて報告書の表記どおりです"),
                    "/", titleNotes()));
            slides.add(new Slide("targets", "目標と指標", program.aim(), null, program.targets(), null, null, null,
                    List.of(), null, targetNotes(), "/"));
            List<Initiatives.Model> all = initiatives.all(report);
            program.pillars().forEach(p -> {
                List<String> areas = p.areas().stream().map(Overview.Area::heading).toList();
                slides.add(slide("divider", p.heading(), "事業の柱", areas, "/#pillar-" + p.code(),
                        List.of("この柱の分野: " + String.join("、", areas))));
                p.areas().forEach(a -> {
                    Comparison compared = Headlines.compared(dsl, report, a.code());
                    List<List<Headlines.Card>> parts = parts(a.cards(), CARDS_PER_SLIDE);
                    for (int part = 0; part < parts.size(); part++) {
                        List<Headlines.Card> shown = parts.get(part);
                        slides.add(new Slide("cards", a.heading(), p.heading() + partOf(part, parts.size()), null,
                                null, shown, compared, null, cardMarks(shown), null, cardNotes(shown, compared),
                                "/areas/" + a.code()));
                    }
                    all.stream().filter(i -> i.areaCode().equals(a.code())).forEach(this::initiative);
                });
            });
            indicators();
            List<Chart> partners = activities.charts(report);
            if (!partners.isEmpty()) {
                String section = "協議会委員所属団体の取組（別紙）";
                slides.add(slide("divider", section, report.attachmentTitle(), List.of(), "/activities", List.of()));
                partners.forEach(c -> slides.add(chart(section, c, activityMarks(c), "/activities")));
            }
            if (!problems.isEmpty()) {
                Map<String, String> names = all.stream().collect(Collectors.toMap(Initiatives.Model::code,
                        Initiatives.Model::name));
                List<Mark> listed = problems.stream().map(c -> Deck.mark(c.getInitiativeCode() == null
                        ? c.getSubject() : names.get(c.getInitiativeCode()) + "：" + c.getSubject(), c)).toList();
                List<List<Mark>> parts = parts(listed, PROBLEMS_PER_SLIDE);
                for (int part = 0; part < parts.size(); part++) {
                    List<Mark> shown = parts.get(part);
                    slides.add(new Slide("problems", "データの確認", "報告書の中で一致しない数値と読み取れない日付"
                            + partOf(part, parts.size()), null, null, null, null, null, List.of(), shown,
                            shown.stream().map(Mark::note).toList(), "/checks"));
                }
            }
            return List.copyOf(slides);
        }

        /**
         * As many slides as it takes for the items to stay readable from the back of the room, no more than {@code
         * most} to a slide, shared out evenly (eight cards as four and four, not five and three).
         */
        private static <T> List<List<T>> parts(List<T> items, int most) {
            int count = Math.max(1, (items.size() + most - 1) / most);
            List<List<T>> parts = new ArrayList<>();
            for (int part = 0; part < count; part++) {
                parts.add(items.subList(part * items.size() / count, (part + 1) * items.size() / count));
            }
            return parts;
        }

        /** '（1/2）' after the subtitle of a section shown over several slides. */
        private static String partOf(int part, int count) {
            return count > 1 ? "（" + (part + 1) + "/" + count + "）" : "";
        }

        private void initiative(Initiatives.Model i) {
            String link = "/initiatives/" + i.code();
            i.groups().stream().filter(g -> g.chart() != null).forEach(g -> {
                List<Mark> marks = groupMarks(i.code(), g.code());
                List<String> notes = new ArrayList<>();
                g.figures().forEach(f -> notes.add(f.label() + ": " + f.printed() + "（出典 " + f.srcLine() + "行）"
                        + i.comparisons().stream().map(c -> change(c, f.code())).filter(t -> !t.isEmpty())
                        .findFirst().orElse("")));
                marks.forEach(m -> notes.add(m.note()));
                slides.add(new Slide("chart", g.chart().title(), i.name(), null, null, null, null, g.chart(), marks,
                        null, notes, link));
            });
            i.comparisons().forEach(c -> charts(i.name(), c, link));
        }

        /** A section of the indicators: its charts, then its comparison with the years before (or null). */
        private record Section(List<Chart> charts, Comparison comparison) {}

        private void indicators() {
            Indicators.Model measured = indicators.load(report);
            List<Section> sections = new ArrayList<>();
            if (measured.resources() != null) {
                sections.add(new Section(List.of(measured.resources().chart()), measured.resources().comparison()));
            }
            if (measured.providers() != null) {
                sections.add(new Section(List.of(measured.providers().counts(), measured.providers().rates()),
                        measured.providers().comparison()));
            }
            if (measured.deaths() != null) {
                sections.add(new Section(List.of(measured.deaths().chart()), measured.deaths().comparison()));
            }
            measured.questions().forEach(q -> sections.add(new Section(List.of(q.chart()), q.comparison())));
            if (sections.isEmpty()) return;
            slides.add(slide("divider", "指標", report.documentLabel(), measured.surveys().stream()
                    .map(Indicators.Survey::name).toList(), "/indicators", List.of()));
            sections.forEach(s -> {
                s.charts().forEach(c -> slides.add(chart("指標", c, List.of(), "/indicators")));
                charts("指標", s.comparison(), "/indicators");
            });
        }

        private Slide slide(String kind, String title, String subtitle, List<String> lines, String link,
                            List<String> notes) {
            return new Slide(kind, title, subtitle, lines, null, null, null, null, List.of(), null, notes, link);
        }

        private Slide chart(String subtitle, Chart chart, List<Mark> marks, String link) {
            List<String> notes = new ArrayList<>();
            for (int l = 0; l < chart.labels().size(); l++) {
                for (Chart.Series s : chart.series()) {
                    notes.add(chart.labels().get(l) + (chart.hasSeriesNames() ? " " + s.name() : "") + ": "
                            + chart.cell(s, l));
                }
            }
            notes.add(chart.source());
            marks.forEach(m -> notes.add(m.note()));
            return new Slide("chart", chart.title(), subtitle, null, null, null, null, chart, marks, null, notes,
                    link);
        }

        /** A slide per chart of a year-over-year comparison (one per unit); none without a comparison. */
        private void charts(String subtitle, Comparison comparison, String link) {
            if (comparison == null) return;
            comparison.charts().forEach(c -> {
                Slide slide = chart(subtitle, c, List.of(), link);
                List<String> notes = new ArrayList<>(comparison.rows().stream().filter(r -> r.changeText() != null)
                        .map(r -> r.label() + ": " + comparison.previousYear() + " " + r.previous() + " → "
                                + comparison.shownYear() + " " + r.printed().get(r.printed().size() - 1) + "（増減 "
                                + r.changeText() + "）").toList());
                notes.addAll(slide.notes());
                slides.add(new Slide(slide.kind(), slide.title(), subtitle, null, null, null, null, c, List.of(),
                        null, notes, link));
            });
        }

        private List<String> titleNotes() {
            List<String> notes = new ArrayList<>(List.of(report.citation()));
            if (!problems.isEmpty()) {
                notes.add("報告書の中で一致しない数値や読み取れない日付が" + problems.size()
                        + "件あり、該当する数値に⚠要確認の印を付けています（最後のスライド「データの確認」）。");
            }
            return notes;
        }

        private List<String> targetNotes() {
            List<String> notes = new ArrayList<>(List.of("目的: " + program.aim()));
            program.targets().forEach(t -> t.measures().forEach(m -> notes.add("目標" + t.position() + " "
                    + m.label() + ": " + m.printed() + "（" + m.survey() + "、出典 " + m.srcLine() + "行）")));
            return notes;
        }

        private List<String> cardNotes(List<Headlines.Card> cards, Comparison compared) {
            List<String> notes = new ArrayList<>();
            cards.forEach(c -> {
                notes.add(c.initiativeName() + "　" + c.label() + ": " + c.printed() + "（出典 " + c.srcLine() + "行）"
                        + (compared == null ? "" : change(compared, c.key())));
            });
            cardMarks(cards).forEach(m -> notes.add(m.note()));
            return notes;
        }

        /** The year before's figure and the change, as the presenter reads them out; empty where there is none. */
        private static String change(Comparison compared, String code) {
            Comparison.Row row = compared.row(code);
            if (row == null || row.previous() == null) return "";
            return "　" + compared.previousYear() + " " + row.previous()
                    + (row.changeText() == null ? "" : "、増減 " + row.changeText());
        }

        private List<Mark> cardMarks(List<Headlines.Card> cards) {
            return cards.stream().filter(c -> c.checkId() != null)
                    .flatMap(c -> problems.stream().filter(p -> p.getId().equals(c.checkId())))
                    .map(Deck::mark).toList();
        }

        /** The contradictions between a total the report prints and its parts that the group's chart shows. */
        private List<Mark> groupMarks(String initiative, String group) {
            List<String> totals = dsl.selectDistinct(RESULT_FIGURE.PARENT_CODE).from(RESULT_FIGURE)
                    .where(RESULT_FIGURE.FISCAL_YEAR.eq(report.label()))
                    .and(RESULT_FIGURE.INITIATIVE_CODE.eq(initiative)).and(RESULT_FIGURE.GROUP_CODE.eq(group))
                    .and(RESULT_FIGURE.PARENT_CODE.isNotNull()).fetch(RESULT_FIGURE.PARENT_CODE);
            return problems.stream().filter(p -> initiative.equals(p.getInitiativeCode())
                    && totals.contains(p.getFigureCode())).map(Deck::mark).toList();
        }

        /** The 別紙's unreadable dates, which its start-year chart reads as best it can. */
        private List<Mark> activityMarks(Chart chart) {
            if (!chart.id().equals("by-year")) return List.of();
            return problems.stream().filter(p -> p.getActivityNo() != null && "unreadable".equals(p.getStatus()))
                    .map(Deck::mark).toList();
        }

        private static Mark mark(DataCheckRecord check) {
            return mark(check.getSubject(), check);
        }

        /** The figure as printed, and the check in a sentence with the other figure. */
        private static Mark mark(String label, DataCheckRecord check) {
            return new Mark(label, check.getPrinted(), Sentences.of(check));
        }
    }
}
