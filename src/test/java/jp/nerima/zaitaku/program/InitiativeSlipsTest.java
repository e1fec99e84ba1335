package jp.nerima.zaitaku.program;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.TestApp;

/** The report's slips in an initiative's results stand as notes beside the printed text, which stays as printed. */
class InitiativeSlipsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 回 in the heading, 件 in the figure, 支援数 in the outcome indicator: what was counted?
            "2-1-3 | 【実施回数】　61件 | 「回」ではなく「件」",
            // (第1回)94％ (第2回)98％ but （第3回96％）: the third reads like an aside.
            "1-1-1 | （第3回96％）      | 第3回の割合（96％）",
            "1-2-5 | 摂食・えん下推進事業 | 摂食・えん下機能支援事業",
    })
    void showsTheSlipBesideThePrintedText(String initiative, String printed, String note) {
        String html = TestApp.get("/initiatives/" + initiative).body();
        String slips = HtmlText.of(html.substring(html.indexOf("<ul class=\"slips\""),
                html.indexOf("</ul>", html.indexOf("<ul class=\"slips\""))));
        assertTrue(slips.contains("表記の注 「 " + printed + " 」"), slips);
        assertTrue(slips.contains(note), slips);
    }
}
