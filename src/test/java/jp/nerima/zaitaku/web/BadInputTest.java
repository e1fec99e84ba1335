package jp.nerima.zaitaku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.TestApp;

/** Wrong addresses and conditions get a Japanese page in the site's layout with a way on, never a 500. */
class BadInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/nope                              | 404 | ページが見つかりません",
            "/initiatives/9-9-9                 | 404 | 9-9-9",
            "/initiatives/%E3%81%82             | 404 | 取組",
            "/areas/7-7                         | 404 | 分野",
            "/activities/51                     | 404 | No.51",
            "/activities/abc                    | 404 | No.abc",
            "/activities/99999999999999999999   | 404 | 別紙",
            "/activities?org=%ZZ                | 400 | 読み取れない文字",
            "/activities?org=abc                | 400 | 団体",
            "/activities?org=99                 | 404 | 団体番号 99",
            "/activities?year=abc               | 400 | 西暦4桁",
            "/activities?year=17                | 400 | 西暦4桁",
            "/activities?audience=guest         | 400 | 対象",
            "/activities?involvement=x          | 400 | 関与",
            "/?fy=abc                           | 400 | 西暦4桁",
            "/?fy=1999                          | 404 | 1999年度の報告書はありません",
            "/checks?fy=%                       | 400 | 読み取れない文字",
            "/present/1?auto=abc                | 400 | 自動送り",
            "/present/1?auto=4                  | 400 | 5〜3600",
            "/present/99                        | 404 | 発表用のスライド",
            "/nowhere?present                   | 404 | ページが見つかりません",
            "/initiatives/9-9-9?present         | 404 | 9-9-9",
    })
    void answersInTheLayoutWithWhatToDo(String path, int status, String message) {
        TestApp.Response response = TestApp.get(path.strip());
        assertEquals(status, response.status(), path);
        assertTrue(response.contentType().startsWith("text/html"), path);
        String text = HtmlText.of(response.body());
        assertTrue(text.contains(message), path + ": " + text);
        assertTrue(text.contains("練馬区 在宅療養推進事業") && text.contains("概要ページに戻る"), "the site's layout");
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "a stack trace");
    }

    @ParameterizedTest
    @CsvSource({"q", "org", "year"})
    void aVeryLongValueIsRefused(String parameter) {
        TestApp.Response response = TestApp.get("/activities?" + parameter + "=" + "あ".repeat(2000)
                .replace("あ", "%E3%81%82"));
        assertEquals(400, response.status());
        assertTrue(HtmlText.of(response.body()).contains("長すぎます"));
    }

    @ParameterizedTest
    @CsvSource({"/initiatives/9-9-9.json, 404", "/activities.json?year=abc, 400", "/index.json?fy=1999, 404"})
    void jsonTwinsAnswerErrorsInJson(String path, int status) {
        TestApp.Response response = TestApp.get(path);
        assertEquals(status, response.status());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertTrue(response.body().contains("\"status\":" + status));
    }
}
