package jp.nerima.zaitaku.checks;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY_PROGRAM;
import static jp.nerima.zaitaku.db.schema.Tables.DATA_CHECK;
import static jp.nerima.zaitaku.db.schema.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jooq.DSLContext;

import jp.nerima.zaitaku.db.schema.tables.records.DataCheckRecord;
import jp.nerima.zaitaku.web.Amounts;
import jp.nerima.zaitaku.web.Report;
import jp.nerima.zaitaku.web.Request;
import jp.nerima.zaitaku.web.Table;
import jp.nerima.zaitaku.web.View;

/**
 * Every check of the report against itself (the data_check view): first the contradictions, each with both
 * figures and where they stand, then what only rounding explains, then what was verified.
 */
public final class Checks {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("parts_total", "内訳の合計と総数"),
            Map.entry("reading", "不一致を合わせて読む"),
            Map.entry("survey_total", "調査の総数と施設種別の合計"),
            Map.entry("survey_rate", "回収率と回収件数÷送付件数"),
            Map.entry("resource_part", "「うち」の数と全体の数"),
            Map.entry("share_total", "割合の合計と100%"),
            Map.entry("frequency_result", "別紙の頻度と実施結果の回数"),
            Map.entry("frequency_summary", "別紙の頻度と概要の回数"),
            Map.entry("share_base", "割合とその母数"),
            Map.entry("planned_held", "計画の回数と実施の回数"),
            Map.entry("summary_detail", "コロナ禍の取組のまとめと各取組の実施結果"),
            Map.entry("activity_resource", "別紙の概要の数と指標の数"),
            Map.entry("era_date", "和暦の日付の読み取り"));

    /**
     * @param about         what the subject belongs to: an initiative's or activity's name
     * @param computedValue null where the compared figure is itself printed (computedFrom shows it as printed)
     * @param compared      the compared figure as a ward official writes it ('1,837件'), or null
     * @param sentence      the check in a sentence, both figures as printed
     * @param href          the page that shows the figure, with its marker
     */
    public record Check(String id, String kind, String about, String subject, String printed,
                        BigDecimal computedValue, String compared, String computedFrom, String sentence, int srcLine,
                        int otherSrcLine, String status, String href) {}

    public record Group(String status, String title, String explanation, List<Check> checks) {}

    public record Model(List<Group> groups, int total) {}

    private final DSLContext dsl;

    public Checks(DSLContext dsl) {
        this.dsl = dsl;
    }

    public View page(Request request, Report report) {
        String fy = report.label();
        Map<String, String> initiatives = dsl.select(INITIATIVE.CODE, INITIATIVE.NAME).from(INITIATIVE)
                .where(INITIATIVE.FISCAL_YEAR.eq(fy)).fetchMap(INITIATIVE.CODE, INITIATIVE.NAME);
        Map<Integer, String> activities = dsl.select(ACTIVITY_PROGRAM.NO, ACTIVITY_PROGRAM.NAME).from(ACTIVITY_PROGRAM)
                .where(ACTIVITY_PROGRAM.FISCAL_YEAR.eq(fy)).and(ACTIVITY_PROGRAM.POSITION.eq(1))
                .fetchMap(ACTIVITY_PROGRAM.NO, ACTIVITY_PROGRAM.NAME);
        List<Check> all = dsl.selectFrom(DATA_CHECK).where(DATA_CHECK.FISCAL_YEAR.eq(fy))
                .orderBy(DATA_CHECK.SRC_LINE, DATA_CHECK.ID)
                .fetch(c -> check(c, c.getInitiativeCode() != null ? initiatives.get(c.getInitiativeCode())
                        : c.getActivityNo() != null ? "別紙 No." + c.getActivityNo() + " " + activities.get(c.getActivityNo())
                        : null));
        Model model = new Model(List.of(
                group(all, "reading", c -> c.id().startsWith("reading:") || c.status().equals("explained"),
                        "合わせて読むと",
                        "いくつかの不一致は、一つの数値を読み直すとまとめて説明できます。⚠ 印は、読み直すべき数値の方に"
                                + "付けています。数値は直さず、印刷されたとおりに表示しています。"),
                group(all, "mismatch", c -> c.status().equals("mismatch") && !c.id().startsWith("reading:"),
                        "報告書の中で一致しない数値",
                        "比べた二つの数値が一致しません（内訳と合計、計画と実施、まとめと各取組、別紙と資料1・指標、割合と"
                                + "その母数など）。どちらも報告書に印字されたとおりに表示しています。"),
                group(all, "unreadable", c -> c.status().equals("unreadable"), "読み取れない日付",
                        "和暦の日付として読み取れない表記です。原文のまま表示し、最も考えられる読みを添えています。"),
                group(all, "rounding", c -> c.status().equals("rounding"), "四捨五入による差",
                        "割合の合計が100%になりませんが、各項目の四捨五入で説明できる範囲の差です。"),
                group(all, "ok", c -> c.status().equals("ok"), "一致を確認した数値", "次の数値は、報告書の他の数値と一致することを確認しました。")),
                all.size());
        return new View("checks.jte", "データの確認", model, new Table("checks-" + report.year(),
                List.of("結果", "確認の種類", "取組", "対象", "報告書の表記", "他の数値から求めた値", "比べたもの", "説明",
                        "出典行", "比べた行"),
                all.stream().map(c -> List.<Object>of(statusLabel(c.status()), c.kind(),
                        c.about() == null ? "" : c.about(), c.subject(), c.printed(),
                        c.computedValue() == null ? "" : c.computedValue(), c.computedFrom(), c.sentence(),
                        c.srcLine(), c.otherSrcLine())).toList()));
    }

    private static Group group(List<Check> all, String key, Predicate<Check> member, String title,
                               String explanation) {
        // A reading comes before the mismatches it explains.
        return new Group(key, title, explanation, all.stream().filter(member)
                .sorted(Comparator.comparing((Check c) -> !c.id().startsWith("reading:"))).toList());
    }

    private static Check check(DataCheckRecord c, String about) {
        String href = c.getInitiativeCode() != null ? "/initiatives/" + c.getInitiativeCode()
                : c.getActivityNo() != null ? "/activities/" + c.getActivityNo()
                : c.getIndicator() != null ? "/indicators#" + c.getIndicator()
                : null;
        boolean comparedWithPrinted = c.getKind().startsWith("frequency_") || c.getKind().equals("era_date");
        BigDecimal value = comparedWithPrinted ? null : c.getComputedValue();
        return new Check(c.getId(), KINDS.getOrDefault(c.getKind(), c.getKind()), about, c.getSubject(),
                c.getPrinted(), value, value == null ? null : Amounts.of(value, c.getUnit()), c.getComputedFrom(),
                Sentences.of(c), c.getSrcLine(), c.getOtherSrcLine(), c.getStatus(), href);
    }

    public static String statusLabel(String status) {
        return switch (status) {
            case "mismatch" -> "不一致";
            case "unreadable" -> "読み取れない";
            case "rounding" -> "四捨五入の差";
            case "explained" -> "読み直しで説明できる差";
            default -> "一致";
        };
    }
}
