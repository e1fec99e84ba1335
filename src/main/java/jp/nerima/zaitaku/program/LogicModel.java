package jp.nerima.zaitaku.program;

import static jp.nerima.zaitaku.db.schema.Tables.AREA;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.OUTCOME_INDICATOR;
import static jp.nerima.zaitaku.db.schema.Tables.PILLAR;
import static jp.nerima.zaitaku.db.schema.Tables.PURPOSE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.activities.Partners;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/**
 * The program as the council reads it: aim → targets (and the indicators that measure them) → pillars → areas →
 * purposes → initiatives → outcome indicators, with the partner activities that serve an initiative.
 */
public final class LogicModel {

    public record Model(String programName, String aim, List<Targets.Target> targets, List<Pillar> pillars) {}

    public record Pillar(String code, String heading, String kind, List<Area> areas) {}

    /** Initiatives whose purpose the report does not say are listed under a purpose of null. */
    public record Area(String code, String heading, List<Purpose> purposes) {}

    public record Purpose(String text, List<Initiative> initiatives) {}

    public record Initiative(String code, String name, List<String> outcomeIndicators,
                             List<Partners.Partner> activities) {}

    private final DSLContext dsl;

    public LogicModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        Model model = load(report.label());
        List<List<Object>> rows = new ArrayList<>();
        model.pillars().forEach(p -> p.areas().forEach(a -> a.purposes().forEach(u -> u.initiatives().forEach(i ->
                rows.add(List.of(p.heading(), a.heading(), u.text() == null ? "" : u.text(), i.code(), i.name(),
                        String.join("／", i.outcomeIndicators()),
                        String.join("／", i.activities().stream().map(x -> "No." + x.no()).toList())))))));
        return new View("program.jte", "体系図", model, new Table("program-" + report.year(),
                List.of("柱", "分野", "目的", "コード", "取組", "成果指標", "関連する別紙の取組"), rows));
    }

    Model load(String fy) {
        var year = dsl.selectFrom(FISCAL_YEAR).where(FISCAL_YEAR.LABEL.eq(fy)).fetchSingle();
        Map<String, List<String>> indicators = dsl.select(OUTCOME_INDICATOR.INITIATIVE_CODE, OUTCOME_INDICATOR.TEXT)
                .from(OUTCOME_INDICATOR).where(OUTCOME_INDICATOR.FISCAL_YEAR.eq(fy))
                .orderBy(OUTCOME_INDICATOR.POSITION)
                .fetchGroups(OUTCOME_INDICATOR.INITIATIVE_CODE, OUTCOME_INDICATOR.TEXT);
        Map<String, List<Partners.Partner>> activities = Partners.byInitiative(dsl, fy);
        var purposes = dsl.selectFrom(PURPOSE).where(PURPOSE.FISCAL_YEAR.eq(fy)).orderBy(PURPOSE.POSITION).fetch();
        List<Initiative> unplaced = new ArrayList<>();
        Map<String, List<Initiative>> byPurpose = new HashMap<>();
        dsl.selectFrom(INITIATIVE).where(INITIATIVE.FISCAL_YEAR.eq(fy)).orderBy(INITIATIVE.SRC_LINE).forEach(i -> {
            Initiative node = new Initiative(i.getCode(), i.getName(),
                    indicators.getOrDefault(i.getCode(), List.of()), activities.getOrDefault(i.getCode(), List.of()));
            if (i.getPurposePosition() == null) byPurpose.computeIfAbsent(i.getAreaCode(), k -> new ArrayList<>()).add(node);
            else byPurpose.computeIfAbsent(i.getAreaCode() + "/" + i.getPurposePosition(), k -> new ArrayList<>())
                    .add(node);
        });
        List<Pillar> pillars = dsl.selectFrom(PILLAR).where(PILLAR.FISCAL_YEAR.eq(fy)).orderBy(PILLAR.SRC_LINE)
                .fetch(p -> new Pillar(p.getCode(), p.getHeading(), p.getKind(),
                        dsl.selectFrom(AREA).where(AREA.FISCAL_YEAR.eq(fy)).and(AREA.PILLAR_CODE.eq(p.getCode()))
                                .orderBy(AREA.CODE)
                                .fetch(a -> {
                                    List<Purpose> nodes = new ArrayList<>(purposes.stream()
                                            .filter(u -> u.getAreaCode().equals(a.getCode()))
                                            .map(u -> new Purpose(u.getText(), byPurpose.getOrDefault(
                                                    a.getCode() + "/" + u.getPosition(), List.of())))
                                            .toList());
                                    // Initiatives whose purpose the source does not tell come last, under none.
                                    if (byPurpose.containsKey(a.getCode())) {
                                        nodes.add(new Purpose(null, byPurpose.get(a.getCode())));
                                    }
                                    return new Area(a.getCode(), a.getHeading(), nodes);
                                })));
        List<Targets.Target> targets = Targets.of(dsl, fy);
        return new Model(year.getProgramName(), year.getAim(), targets, pillars);
    }

}
