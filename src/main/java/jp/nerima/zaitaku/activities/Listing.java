package jp.nerima.zaitaku.activities;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_AUDIENCE;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_INVOLVEMENT;
import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_PROGRAM;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.ORGANIZATION;
import static jp.nerima.zaitaku.db.schema.Tables.SPELLING_VARIANT;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.web.Folding;

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

    /** As the search folds: widths, kana, wave dashes and case (ｹｱﾏﾈｼﾞｬｰ, けあまねじゃー → ケアマネジャー). */
    static String normalize(String text) {
        return Folding.fold(text);
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
        Collection<List<String>> variants = dsl.select(SPELLING_VARIANT.WORD, SPELLING_VARIANT.SPELLING)
                .from(SPELLING_VARIANT).where(SPELLING_VARIANT.FISCAL_YEAR.eq(fy))
                .fetchGroups(SPELLING_VARIANT.WORD, r -> normalize(r.value2())).values();
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
                    // Every column, the 期間 with its reading (2014年～ for 平成26年～), and the other spellings
                    // of the report's words it uses (嚥下 for えん下).
                    String text = normalize(String.join(" ", organization, String.join(" ", names),
                            r.get(ACTIVITY.AUDIENCE), r.get(ACTIVITY.ISSUE), r.get(ACTIVITY.PURPOSE),
                            r.get(ACTIVITY.SUMMARY), "No." + no, Objects.toString(r.get(ACTIVITY.PERIOD), ""),
                            Objects.toString(r.get(ERA_READING.READING), ""),
                            Objects.toString(r.get(ACTIVITY.FREQUENCY), ""),
                            String.join(" ", involvement.getOrDefault(no, List.of()))));
                    String search = text + variants.stream().filter(v -> v.stream().anyMatch(text::contains))
                            .map(v -> " " + String.join(" ", v)).collect(Collectors.joining());
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
