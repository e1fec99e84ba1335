package jp.nerima.zaitaku.activities;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_AUDIENCE;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_INVOLVEMENT;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_PROGRAM;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.ORGANIZATION;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;

/** The 別紙's activities of one report, each with what the list shows and what a search matches. */
public final class Listing {

    /**
     * @param organization  the name a reader knows it by: a department with its hospital's name before it
     * @param startYear     the Gregorian year its 期間 starts, read with the Japanese calendar; null where the period
     *                      is missing, a dash or unreadable
     * @param periodReading the reading of the 期間, or for an unreadable one its most likely meaning
     */
    public record Row(int no, int organizationId, Integer parentId, String organization, List<String> programs,
               String audience, List<String> audiences, String issue, String period, String periodReading,
               boolean periodReadable, Integer startYear, String startEra, String frequency,
               List<String> involvement, int page, int srcLine, String searchText) {

        /** False where the row prints no 期間 or only a dash. */
        public boolean hasPeriod() {
            return period != null && !period.matches("[―-]");
        }

        boolean matches(String query) {
            for (String term : normalize(query).split("\\s+")) {
                if (!term.isEmpty() && !searchText.contains(term)) return false;
            }
            return true;
        }
    }

    private Listing() {}

    /**
     * NFKC folds full-width digits and letters and half-width katakana to one form (ｹｱﾏﾈｼﾞｬｰ → ケアマネジャー,
     * ２０１４ → 2014), so a search matches however the report or the reader typed it.
     */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static List<Row> of(DSLContext dsl, String fy) {
        var parent = ORGANIZATION.as("parent");
        Map<Integer, List<String>> programs = dsl.select(ACTIVITY_PROGRAM.NO, ACTIVITY_PROGRAM.NAME)
                .from(ACTIVITY_PROGRAM).where(ACTIVITY_PROGRAM.FISCAL_YEAR.eq(fy)).orderBy(ACTIVITY_PROGRAM.POSITION)
                .fetchGroups(ACTIVITY_PROGRAM.NO, ACTIVITY_PROGRAM.NAME);
        Map<Integer, List<String>> involvement = dsl.select(ACTIVITY_INVOLVEMENT.NO, ACTIVITY_INVOLVEMENT.INVOLVEMENT)
                .from(ACTIVITY_INVOLVEMENT).where(ACTIVITY_INVOLVEMENT.FISCAL_YEAR.eq(fy))
                .fetchGroups(ACTIVITY_INVOLVEMENT.NO, ACTIVITY_INVOLVEMENT.INVOLVEMENT);
        Map<Integer, List<String>> audiences = dsl.select(ACTIVITY_AUDIENCE.NO, ACTIVITY_AUDIENCE.AUDIENCE)
                .from(ACTIVITY_AUDIENCE).where(ACTIVITY_AUDIENCE.FISCAL_YEAR.eq(fy))
                .orderBy(ACTIVITY_AUDIENCE.AUDIENCE)
                .fetchGroups(ACTIVITY_AUDIENCE.NO, ACTIVITY_AUDIENCE.AUDIENCE);
        return dsl.select(ACTIVITY.asterisk(), ORGANIZATION.NAME, ORGANIZATION.PARENT_ID, parent.NAME,
                        ERA_READING.READING, ERA_READING.WELL_FORMED, ERA_READING.GREGORIAN_YEAR, ERA_READING.ERA,
                        ERA_READING.ERA_YEAR)
                .from(ACTIVITY)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(ACTIVITY.ORGANIZATION_ID))
                .leftJoin(parent).on(parent.ID.eq(ORGANIZATION.PARENT_ID))
                .leftJoin(ERA_READING).on(ERA_READING.PRINTED.eq(ACTIVITY.PERIOD))
                .where(ACTIVITY.FISCAL_YEAR.eq(fy))
                .orderBy(ACTIVITY.NO)
                .fetch(r -> {
                    int no = r.get(ACTIVITY.NO);
                    String organization = r.get(parent.NAME) == null ? r.get(ORGANIZATION.NAME)
                            : r.get(parent.NAME) + " " + r.get(ORGANIZATION.NAME);
                    boolean readable = Boolean.TRUE.equals(r.get(ERA_READING.WELL_FORMED));
                    List<String> names = programs.getOrDefault(no, List.of());
                    String search = normalize(String.join(" ", organization, String.join(" ", names),
                            r.get(ACTIVITY.AUDIENCE), r.get(ACTIVITY.ISSUE), r.get(ACTIVITY.PURPOSE),
                            r.get(ACTIVITY.SUMMARY), "No." + no));
                    return new Row(no, r.get(ACTIVITY.ORGANIZATION_ID), r.get(ORGANIZATION.PARENT_ID), organization,
                            names, r.get(ACTIVITY.AUDIENCE), audiences.getOrDefault(no, List.of()),
                            r.get(ACTIVITY.ISSUE), r.get(ACTIVITY.PERIOD), r.get(ERA_READING.READING), readable,
                            readable ? r.get(ERA_READING.GREGORIAN_YEAR) : null,
                            readable ? r.get(ERA_READING.ERA) + (r.get(ERA_READING.ERA_YEAR) == 1 ? "元"
                                    : r.get(ERA_READING.ERA_YEAR).toString()) + "年" : null,
                            r.get(ACTIVITY.FREQUENCY), involvement.getOrDefault(no, List.of()),
                            r.get(ACTIVITY.PAGE), r.get(ACTIVITY.SRC_LINE), search);
                });
    }
}
