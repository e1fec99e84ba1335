package jp.nerima.zaitaku.activities;

import static jp.nerima.zaitaku.db.schema.Tables.ORGANIZATION;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import jp.nerima.zaitaku.web.Chart;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/**
 * The 別紙: the partner organizations' activities, filtered by organization, target group, start year and
 * involvement, and searched by text; with the number per organization and a timeline of start years.
 */
public final class Activities {

    private static final Set<String> AUDIENCES = Set.of("区民", "専門職");
    private static final Set<String> INVOLVEMENTS = Set.of("主催", "共催", "協力");

    /** The reader's conditions; null where not given. */
    public record Filter(Integer org, String audience, Integer year, String involvement, String q) {

        boolean isEmpty() {
            return org == null && audience == null && year == null && involvement == null && q == null;
        }
    }

    public record Option(String value, String label, boolean selected) {}

    public record Model(String attachmentTitle, Filter filter, int total, List<Listing.Row> rows,
                        List<Option> organizations, List<Option> audiences, List<Option> years,
                        List<Option> involvements, Chart byOrganization, Chart byYear, List<Listing.Row> undated,
                        List<Listing.Row> unreadable) {}

    private static final Filter NO_FILTER = new Filter(null, null, null, null, null);

    private final DSLContext dsl;

    public Activities(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        return page(report, filter(request));
    }

    /** The whole 別紙, as the handout prints it. */
    public View unfiltered(Report report) {
        return page(report, NO_FILTER);
    }

    private View page(Report report, Filter filter) {
        List<Listing.Row> all = Listing.of(dsl, report.label());
        if (filter.org() != null && all.stream().noneMatch(r -> r.organizationId() == filter.org()
                || filter.org().equals(r.parentId()))) {
            throw new NotFoundResponse("団体番号 " + filter.org() + " の団体は" + report.label()
                    + "の別紙にありません。団体の一覧から選んでください。");
        }
        List<Listing.Row> rows = all.stream().filter(r -> keeps(filter, r)).toList();
        String source = source(report);
        Model model = new Model(report.attachmentTitle(), filter, all.size(), rows, organizations(all, filter),
                options(List.of("区民", "専門職"), filter.audience()), years(all, filter),
                options(List.of("主催", "共催", "協力"), filter.involvement()),
                byOrganization(rows, filter, source), byYear(rows, filter, source),
                rows.stream().filter(r -> !r.hasPeriod()).toList(),
                rows.stream().filter(r -> r.hasPeriod() && !r.periodReadable()).toList());
        List<List<Object>> table = rows.stream().map(r -> List.<Object>of(r.no(), r.organization(),
                String.join("／", r.programs()), r.audience(), String.join("・", r.audiences()),
                r.period() == null ? "" : r.period(), r.startYear() == null ? "" : r.startYear(),
                r.frequency() == null ? "" : r.frequency(), String.join("・", r.involvement()), r.page(),
                r.srcLine())).toList();
        return new View("activities.jte", "協議会委員所属団体の取組", model, new Table("activities-" + report.year(),
                List.of("No", "団体名", "取組（事業名）", "対象", "対象の区分", "期間（原文）", "開始年（西暦）", "頻度", "関与",
                        "別紙のページ", "出典行"), table));
    }

    /** The charts of the whole 別紙, unfiltered. */
    public List<Chart> charts(Report report) {
        List<Listing.Row> all = Listing.of(dsl, report.label());
        return List.of(byOrganization(all, NO_FILTER, source(report)), byYear(all, NO_FILTER, source(report)));
    }

    private static String source(Report report) {
        return "出典: " + report.title() + " 別紙「" + report.attachmentTitle() + "」（" + report.attachmentUpdated()
                + "更新）";
    }

    static Filter filter(Request request) {
        String org = blankToNull(request.queryParam("org"));
        String audience = blankToNull(request.queryParam("audience"));
        String year = blankToNull(request.queryParam("year"));
        String involvement = blankToNull(request.queryParam("involvement"));
        if (org != null && !org.matches("\\d{1,4}")) {
            throw new BadRequestResponse("団体 org は団体の番号で指定してください（例: org=4）。");
        }
        if (audience != null && !AUDIENCES.contains(audience)) {
            throw new BadRequestResponse("対象 audience は「区民」か「専門職」で指定してください。");
        }
        if (year != null && !year.matches("(19|20)\\d\\d")) {
            throw new BadRequestResponse("開始年 year は西暦4桁で指定してください（例: year=2017）。");
        }
        if (involvement != null && !INVOLVEMENTS.contains(involvement)) {
            throw new BadRequestResponse("関与 involvement は「主催」「共催」「協力」のいずれかで指定してください。");
        }
        return new Filter(org == null ? null : Integer.valueOf(org), audience,
                year == null ? null : Integer.valueOf(year), involvement, blankToNull(request.queryParam("q")));
    }

    private static boolean keeps(Filter f, Listing.Row r) {
        return (f.org() == null || r.organizationId() == f.org() || f.org().equals(r.parentId()))
                && (f.audience() == null || r.audiences().contains(f.audience()))
                && (f.year() == null || f.year().equals(r.startYear()))
                && (f.involvement() == null || r.involvement().contains(f.involvement()))
                && (f.q() == null || r.matches(f.q()));
    }

    private List<Option> organizations(List<Listing.Row> all, Filter filter) {
        // As many as choosing it shows: a hospital counts its departments' activities too.
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.PARENT_ID).from(ORGANIZATION)
                .orderBy(ORGANIZATION.ID)
                .fetch(o -> new Option(String.valueOf(o.value1()),
                        (o.value3() == null ? "" : "　") + o.value2() + "（" + all.stream().filter(r -> keeps(
                                new Filter(o.value1(), null, null, null, null), r)).count() + "件）",
                        o.value1().equals(filter.org())));
    }

    private static List<Option> options(List<String> values, String selected) {
        return values.stream().map(v -> new Option(v, v, v.equals(selected))).toList();
    }

    private static List<Option> years(List<Listing.Row> all, Filter filter) {
        return startYears(all).entrySet().stream().map(e -> new Option(String.valueOf(e.getKey()),
                e.getKey() + "年（" + String.join("・", e.getValue().eras()) + "）", e.getKey().equals(filter.year())))
                .toList();
    }

    private record YearGroup(List<String> eras, long count) {}

    /** Start years in order, each with the era years printed for it and its number of activities. */
    private static Map<Integer, YearGroup> startYears(List<Listing.Row> rows) {
        Map<Integer, List<Listing.Row>> byYear = rows.stream().filter(r -> r.startYear() != null)
                .collect(Collectors.groupingBy(Listing.Row::startYear, TreeMap::new, Collectors.toList()));
        Map<Integer, YearGroup> result = new LinkedHashMap<>();
        byYear.forEach((year, group) -> result.put(year, new YearGroup(
                group.stream().map(Listing.Row::startEra).distinct().toList(), group.size())));
        return result;
    }

    private static Chart byOrganization(List<Listing.Row> rows, Filter filter, String source) {
        Chart.Builder chart = Chart.builder("by-organization", "団体別の取組数" + (filter.isEmpty() ? "" : "（絞り込み結果）"),
                "件", "hbar");
        rows.stream().collect(Collectors.groupingBy(Listing.Row::organization, LinkedHashMap::new,
                        Collectors.counting()))
                .forEach((name, count) -> chart.add(name, null, BigDecimal.valueOf(count), count + "件"));
        return chart.source(source).build();
    }

    private static Chart byYear(List<Listing.Row> rows, Filter filter, String source) {
        Chart.Builder chart = Chart.builder("by-year", "開始年別の取組数" + (filter.isEmpty() ? "" : "（絞り込み結果）"),
                "件", "bar");
        startYears(rows).forEach((year, group) -> chart.add(year + "年（" + String.join("・", group.eras()) + "）", null,
                BigDecimal.valueOf(group.count()), group.count() + "件"));
        return chart.source(source + "。期間の記載（年度・年）を和暦から西暦に読み替えて数えています").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
