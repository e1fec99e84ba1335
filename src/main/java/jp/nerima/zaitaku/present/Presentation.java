package jp.nerima.zaitaku.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.checks.Sentences;
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
 * The report as slides for the council's projector: the aim and targets, each area's headline figures, every
 * chart, and the report's contradictions; with earlier years loaded, the cards show the year before and each
 * year-over-year chart follows the charts of its section. One slide per address (/present/3), so a slide can be
 * named in a meeting; the arrow keys move between them.
 */
public final class Presentation {

    /**
     * A slide shows one of: the targets, a set of cards, a chart, or the report's contradictions; the others are
     * empty.
     *
     * @param compared the cards' figures beside the years before; null while no earlier year prints one
     * @param link     the page that holds the slide's content in full
     */
    public record Slide(String title, String subtitle, List<Targets.Target> targets, List<Headlines.Card> cards,
                        Comparison compared, Chart chart, List<Problem> problems, String link) {}

    /** @param sentence the check in a sentence, both figures as printed */
    public record Problem(String subject, String printed, String sentence) {}

    /** @param autoSeconds seconds until the next slide on an unattended screen; null when a presenter moves on */
    public record Model(Slide slide, int number, int count, String aim, String programName, Integer autoSeconds) {

        /** A slide's address, keeping the unattended pace: the last slide hands over to the first. */
        public String slideLink(int n) {
            return "/present/" + n + (autoSeconds == null ? "" : "?auto=" + autoSeconds);
        }

        public int following() {
            return number < count ? number + 1 : 1;
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }
    }

    // Slower than a reader can take in a chart is pointless; slower than an hour looks broken.
    private static final int MIN_AUTO = 5;
    private static final int PROBLEMS_PER_SLIDE = 5;
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
        int number = param.matches("\\d{1,3}") ? Integer.parseInt(param) : 0;
        if (number < 1 || number > slides.size()) {
            throw new NotFoundResponse("発表用のスライドは1〜" + slides.size() + "枚目です。");
        }
        Slide slide = slides.get(number - 1);
        return View.of("present.jte", "発表 " + number + "/" + slides.size() + " " + slide.title(),
                new Model(slide, number, slides.size(), program.aim(), program.programName(),
                        autoSeconds(request.queryParam("auto"))));
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
        return slides.computeIfAbsent(report.label(), fy -> slides(report, overview.load(report)));
    }

    private List<Slide> slides(Report report, Overview.Model program) {
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide("目標と指標", program.aim(), program.targets(), null, null, null, null, "/"));
        program.pillars().forEach(p -> p.areas().forEach(a -> slides.add(new Slide(a.heading(), p.heading(), null,
                a.cards(), Headlines.compared(dsl, report, a.code()), null, null, "/areas/" + a.code()))));
        List<Initiatives.Model> all = initiatives.all(report);
        Map<String, String> names = all.stream().collect(Collectors.toMap(Initiatives.Model::code,
                Initiatives.Model::name));
        all.forEach(i -> {
            String link = "/initiatives/" + i.code();
            i.groups().stream().filter(g -> g.chart() != null)
                    .forEach(g -> slides.add(chart(i.name(), g.chart(), link)));
            i.comparisons().forEach(c -> slides.addAll(charts(i.name(), c, link)));
        });
        Indicators.Model measured = indicators.load(report);
        if (measured.resources() != null) {
            slides.add(chart("指標", measured.resources().chart(), "/indicators"));
            slides.addAll(charts("指標", measured.resources().comparison(), "/indicators"));
        }
        if (measured.providers() != null) {
            slides.add(chart("指標", measured.providers().counts(), "/indicators"));
            slides.add(chart("指標", measured.providers().rates(), "/indicators"));
            slides.addAll(charts("指標", measured.providers().comparison(), "/indicators"));
        }
        if (measured.deaths() != null) {
            slides.add(chart("指標", measured.deaths().chart(), "/indicators"));
            slides.addAll(charts("指標", measured.deaths().comparison(), "/indicators"));
        }
        measured.questions().forEach(q -> {
            slides.add(chart("指標", q.chart(), "/indicators"));
            slides.addAll(charts("指標", q.comparison(), "/indicators"));
        });
        activities.charts(report).forEach(c -> slides.add(chart("協議会委員所属団体の取組（別紙）", c, "/activities")));
        List<Problem> problems = Problems.of(dsl, report.label()).checks().stream()
                .map(c -> new Problem(c.getInitiativeCode() == null ? c.getSubject()
                        : names.get(c.getInitiativeCode()) + "：" + c.getSubject(), c.getPrinted(), Sentences.of(c)))
                .toList();
        // As many slides as it takes for the rows to stay readable from the back of the room.
        int pages = (problems.size() + PROBLEMS_PER_SLIDE - 1) / PROBLEMS_PER_SLIDE;
        for (int page = 0; page < pages; page++) {
            slides.add(new Slide("データの確認", "報告書の中で一致しない数値と読み取れない日付"
                    + (pages > 1 ? "（" + (page + 1) + "/" + pages + "）" : ""), null, null, null, null,
                    problems.subList(page * PROBLEMS_PER_SLIDE, Math.min(problems.size(),
                            (page + 1) * PROBLEMS_PER_SLIDE)), "/checks"));
        }
        return slides;
    }

    private static Slide chart(String subtitle, Chart chart, String link) {
        return new Slide(chart.title(), subtitle, null, null, null, chart, null, link);
    }

    /** A slide per chart of a year-over-year comparison (one per unit); none without a comparison. */
    private static List<Slide> charts(String subtitle, Comparison comparison, String link) {
        return comparison == null ? List.of()
                : comparison.charts().stream().map(c -> chart(subtitle, c, link)).toList();
    }
}
