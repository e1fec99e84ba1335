package jp.nerima.zaitaku.checks;

import jp.nerima.zaitaku.db.schema.tables.records.DataCheckRecord;
import jp.nerima.zaitaku.web.Amounts;

/** One check of the data_check view said in a sentence, with both figures as the report prints them. */
public final class Sentences {

    private Sentences() {}

    public static String of(DataCheckRecord c) {
        String printed = "「" + c.getPrinted() + "」";
        String value = c.getComputedValue() == null ? null : Amounts.of(c.getComputedValue(), c.getUnit());
        String from = c.getComputedFrom();
        boolean ok = "ok".equals(c.getStatus());
        return switch (c.getKind()) {
            case "parts_total" -> "explained".equals(c.getStatus())
                    ? c.getSubject() + printed + "と" + from + "（" + value + "）の差は、内訳の一つをその内訳の合計で"
                            + "読み直すと説明できます（「不一致を合わせて読む」の行を参照）。"
                    : c.getSubject() + printed + "は、" + from + "（" + value + "）と" + agrees(ok);
            case "reading" -> c.getSubject() + "をその内訳の合計" + value + "と読むと、" + from
                    + "と内訳の合計が一致します。食い違っているのは、" + c.getSubject() + "の" + printed
                    + "の方と考えられます。";
            case "share_total" -> c.getSubject() + "は" + value + (ok ? "です。"
                    : "rounding".equals(c.getStatus()) ? "です。100%との差は、各項目を四捨五入しているためと考えられます。"
                    : "で、100%になりません。");
            case "survey_rate" -> c.getSubject() + printed + "は、" + from + "（" + value + "）と"
                    + ("rounding".equals(c.getStatus()) ? "四捨五入の差の範囲で一致します。" : agrees(ok));
            case "resource_part" -> c.getSubject() + printed + "は、" + from
                    + (ok ? "の内数に収まっています。" : "を超えています。");
            case "share_base" -> ok
                    ? c.getSubject() + printed + "は、" + from + (value == null ? "のうちの数から求められる割合です。"
                            : "のうち" + value + "にあたります。")
                    : c.getSubject() + printed + "は、" + from + "のうちのどの数から求めても、四捨五入してこの値に"
                            + "なりません。" + (value == null ? "回答した数が異なるか、印字の誤りの可能性があります。"
                            : "回答者が" + value + "だったとすれば合い、" + from + "以下で合うのはこのときだけです。");
            case "planned_held" -> (ok ? "計画" + printed + "のとおり、" : "計画は" + printed + "ですが、") + from
                    + "によると、実施は" + value + "です。";
            case "summary_detail" -> ok
                    ? "コロナ禍の取組の" + c.getSubject() + printed + "は、" + from + "と同じ" + value + "です。"
                    : "コロナ禍の取組の" + c.getSubject() + "は" + printed + "ですが、" + from + "は" + value + "です。";
            case "frequency_result", "frequency_summary" -> "別紙の頻度" + printed + "と" + from
                    + (ok ? "は合っています。" : "が合いません。");
            case "activity_resource" -> "別紙の概要の" + printed + "と、" + from + "では、"
                    + (ok ? "数が合っています。" : "数が大きく異なります。");
            case "era_date" -> ok ? printed + "は" + from + "と読めます。"
                    : printed + "は和暦の日付として読み取れません。" + from + "。";
            default -> c.getSubject() + printed + "は、" + from + (value == null ? "" : "（" + value + "）") + "と"
                    + agrees(ok);
        };
    }

    private static String agrees(boolean ok) {
        return ok ? "一致します。" : "一致しません。";
    }
}
