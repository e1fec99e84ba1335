package jp.nerima.zaitaku.activities;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_AREA;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_INITIATIVE;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_PROGRAM;
import static jp.nerima.zaitaku.db.schema.Tables.ORGANIZATION;
import static org.jooq.impl.DSL.listAgg;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Where the 別紙 meets 資料1: the partner activities that serve an initiative (activity_initiative, with the words
 * that show it) and those whose 課題 names an area (the activity_area view).
 */
public final class Partners {

    /** @param basis why the activity belongs here, in the report's words */
    public record Partner(int no, String organization, String programs, String basis) {}

    private Partners() {}

    public static List<Partner> forInitiative(DSLContext dsl, String fy, String initiative) {
        return byInitiative(dsl, fy).getOrDefault(initiative, List.of());
    }

    /** By initiative code. */
    public static Map<String, List<Partner>> byInitiative(DSLContext dsl, String fy) {
        return select(dsl, fy, ACTIVITY_INITIATIVE, ACTIVITY_INITIATIVE.FISCAL_YEAR, ACTIVITY_INITIATIVE.NO,
                ACTIVITY_INITIATIVE.INITIATIVE_CODE, ACTIVITY_INITIATIVE.BASIS);
    }

    public static List<Partner> forArea(DSLContext dsl, String fy, String area) {
        return select(dsl, fy, ACTIVITY_AREA, ACTIVITY_AREA.FISCAL_YEAR, ACTIVITY_AREA.NO, ACTIVITY_AREA.AREA_CODE,
                ACTIVITY.ISSUE).getOrDefault(area, List.of());
    }

    private static Map<String, List<Partner>> select(DSLContext dsl, String fy, Table<?> link,
                                                     TableField<?, String> year, TableField<?, Integer> no,
                                                     TableField<?, String> key, Field<String> basis) {
        return dsl.select(key, ACTIVITY.NO, ORGANIZATION.NAME,
                        listAgg(ACTIVITY_PROGRAM.NAME, "・").withinGroupOrderBy(ACTIVITY_PROGRAM.POSITION), basis)
                .from(link)
                .join(ACTIVITY).on(ACTIVITY.FISCAL_YEAR.eq(year)).and(ACTIVITY.NO.eq(no))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(ACTIVITY.ORGANIZATION_ID))
                .join(ACTIVITY_PROGRAM).on(ACTIVITY_PROGRAM.FISCAL_YEAR.eq(ACTIVITY.FISCAL_YEAR))
                .and(ACTIVITY_PROGRAM.NO.eq(ACTIVITY.NO))
                .where(year.eq(fy))
                .groupBy(key, ACTIVITY.NO, ORGANIZATION.NAME, basis)
                .orderBy(ACTIVITY.NO)
                .fetchGroups(Record5::value1, r -> new Partner(r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
