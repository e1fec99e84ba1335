package jp.nerima.zaitaku.overview;

import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.checks.Problems;
import jp.nerima.zaitaku.program.Headlines;
import jp.nerima.zaitaku.program.Targets;
import jp.nerima.zaitaku.web.Comparison;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/** The first page: the program's aim, its three targets with what measures them, and each area's headline figures. */
public final class Overview {

    /** @param headlines the cards' figures beside the years before; null while no earlier year prints them */
    public record Model(String programName, String aim, List<Targets.Target> targets, List<Pillar> pillars,
                        int problemCount, Comparison headlines) {}

    public record Pillar(String code, String kind, String heading, List<Area> areas) {}

    public record Area(String code, String heading, List<Headlines.Card> cards) {}

    private final DSLContext dsl;

    public Overview(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        Model model = load(report);
        List<List<Object>> rows = new ArrayList<>();
        model.targets().forEach(t -> t.measures().forEach(m -> rows.add(List.of("目標" + t.position(), t.text(),
                m.survey() + " " + m.label(), m.printed(), m.srcLine()))));
        model.pillars().forEach(p -> p.areas().forEach(a -> a.cards().forEach(c -> rows.add(List.of(a.heading(),
                c.initiativeName(), c.label(), c.printed(), c.srcLine())))));
        return new View("overview.jte", "概要", model, new Table("overview-" + report.year(),
                List.of("区分", "目標・取組", "項目", "表記（原文）", "出典行"), rows));
    }

    public Model load(Report report) {
        String fy = report.label();
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy)).fetchSingle();
        Problems problems = Problems.of(dsl, fy);
        Map<String, List<Headlines.Card>> headlines = Headlines.of(dsl, fy, problems);
        List<Targets.Target> targets = Targets.of(dsl, fy);
        // The areas of all pillars in one query: this is the first page a --data start makes.
        Map<String, List<Area>> areas = new HashMap<>();
        dsl.selectFrom(AREA).where(AREA.FISCAL_YEAR.eq(fy)).orderBy(AREA.CODE)
                .forEach(a -> areas.computeIfAbsent(a.getPillarCode(), p -> new ArrayList<>())
                        .add(new Area(a.getCode(), a.getHeading(), headlines.values().stream().flatMap(List::stream)
                                .filter(c -> c.areaCode().equals(a.getCode())).toList())));
        List<Pillar> pillars = dsl.selectFrom(PILLAR).where(PILLAR.FISCAL_YEAR.eq(fy)).orderBy(PILLAR.SRC_LINE)
                .fetch(p -> new Pillar(p.getCode(), p.getKind(), p.getHeading(),
                        areas.getOrDefault(p.getCode(), List.of())));
        return new Model(year.getProgramName(), year.getAim(), targets, pillars, problems.count(),
                Headlines.compared(dsl, report));
    }
}
