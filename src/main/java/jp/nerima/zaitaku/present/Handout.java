package jp.nerima.zaitaku.present;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.activities.Activities;
import jp.nerima.zaitaku.activities.ActivityDetail;
import jp.nerima.zaitaku.checks.Checks;
import jp.nerima.zaitaku.indicators.Indicators;
import jp.nerima.zaitaku.overview.Overview;
import jp.nerima.zaitaku.program.Initiatives;
import jp.nerima.zaitaku.web.Parts;
import jp.nerima.zaitaku.web.Parts.Part;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.View;

/**
 * The whole report on one page, to print as the council's handout: the overview, every initiative, the indicators,
 * the 別紙 with each of its activities, and the data checks, each part exactly as its own page shows it.
 */
public final class Handout {

    private final Overview overview;
    private final Initiatives initiatives;
    private final Indicators indicators;
    private final Activities activities;
    private final ActivityDetail activity;
    private final Checks checks;

    public Handout(DSLContext dsl) {
        this.overview = new Overview(dsl);
        this.initiatives = new Initiatives(dsl);
        this.indicators = new Indicators(dsl);
        this.activities = new Activities(dsl);
        this.activity = new ActivityDetail(dsl);
        this.checks = new Checks(dsl);
    }

    public View page(Request request, Report report) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("/", overview.page(request, report)));
        initiatives.all(report).forEach(i -> parts.add(new Part("/initiatives/" + i.code(),
                initiatives.page(report, i.code()))));
        parts.add(new Part("/indicators", indicators.page(request, report)));
        View attachment = activities.unfiltered(report);
        parts.add(new Part("/activities", attachment));
        ((Activities.Model) attachment.model()).rows().forEach(r -> parts.add(new Part("/activities/" + r.no(),
                activity.page(report, String.valueOf(r.no())))));
        parts.add(new Part("/checks", checks.page(request, report)));
        return View.of("handout.jte", "配布資料（報告書の全体）", new Parts(parts));
    }
}
