package jp.nerima.zaitaku.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.activities.ActivityDetail;
import jp.nerima.zaitaku.checks.Checks;
import jp.nerima.zaitaku.indicators.Indicators;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.program.Areas;
import jp.nerima.zaitaku.program.Initiatives;
import jp.nerima.zaitaku.web.Parts;
import jp.nerima.zaitaku.web.Parts.Part;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.View;

/**
 * The whole report on one page, to print as the council's handout: the one-page summary, each area followed by its
 * initiatives, the indicators, the data checks and, last because it prints across the page, the 別紙 as one table
 * as the report prints it. Each part is rendered by its own page's template; js/handout.js lays them out on A4.
 */
public final class Handout {

    /** The 別紙 as one table: every cell of each activity, as its own page shows them. */
    public record Attachment(String title, List<ActivityDetail.Model> activities) {}

    private final Summary summary;
    private final Overview overview;
    private final Areas areas;
    private final Initiatives initiatives;
    private final Indicators indicators;
    private final Activities activities;
    private final ActivityDetail activity;
    private final Checks checks;

    public Handout(DSLContext dsl) {
        this.summary = new Summary(dsl);
        this.overview = new Overview(dsl);
        this.areas = new Areas(dsl);
        this.initiatives = new Initiatives(dsl);
        this.indicators = new Indicators(dsl);
        this.activities = new Activities(dsl);
        this.activity = new ActivityDetail(dsl);
        this.checks = new Checks(dsl);
    }

    public View page(Request request, Report report) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("/summary", summary.page(request, report)));
        List<Initiatives.Model> all = initiatives.all(report);
        overview.load(report).pillars().forEach(p -> p.areas().forEach(a -> {
            parts.add(new Part("/areas/" + a.code(),
                    areas.page(new Request("html", Map.of("code", a.code()), Map.of()), report)));
            all.stream().filter(i -> i.areaCode().equals(a.code())).forEach(i -> parts.add(new Part(
                    "/initiatives/" + i.code(), initiatives.page(report, i.code()))));
        }));
        parts.add(new Part("/indicators", indicators.page(request, report)));
        parts.add(new Part("/checks", checks.page(request, report)));
        Activities.Model list = (Activities.Model) activities.unfiltered(report).model();
        parts.add(new Part("/activities", View.of("attachment.jte", "協議会委員所属団体の取組（別紙）",
                new Attachment(list.attachmentTitle(), list.rows().stream().map(r -> (ActivityDetail.Model)
                        activity.page(report, String.valueOf(r.no())).model()).toList()))));
        return View.of("handout.jte", "配布資料（報告書の全体）", new Parts(parts));
    }
}
