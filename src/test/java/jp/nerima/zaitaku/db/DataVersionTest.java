package jp.nerima.zaitaku.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.nerima.zaitaku.HtmlText;
import jp.nerima.zaitaku.TestApp;

/** Two people comparing the footers of their dashboards can tell whether they look at the same data. */
class DataVersionTest {

    private static final String BUILT_IN = SqlScripts.fingerprint(SqlScripts.builtIn());

    @Test
    void theFingerprintIsTwelveHexDigitsAndStableAcrossLoads() {
        assertTrue(BUILT_IN.matches("[0-9a-f]{12}"), BUILT_IN);
        assertEquals(BUILT_IN, SqlScripts.fingerprint(SqlScripts.builtIn()));
    }

    @Test
    void anyChangeToTheScriptsChangesIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("V9__note.sql"), "-- a comment only\n");
        String withFolder = SqlScripts.fingerprint(SqlScripts.withFolder(folder));
        assertNotEquals(BUILT_IN, withFolder);
        Files.writeString(folder.resolve("V9__note.sql"), "-- a comment only, edited\n");
        assertNotEquals(withFolder, SqlScripts.fingerprint(SqlScripts.withFolder(folder)));
    }

    @Test
    void everyPageFooterAndEveryJsonTwinNameTheYearsAndTheFingerprint() {
        for (String path : List.of("/", "/indicators", "/initiatives/1-1-1", "/nowhere")) {
            String text = HtmlText.of(TestApp.get(path).body());
            assertTrue(text.contains("データ: 令和4年度（2022年度）・版 " + BUILT_IN), path + ": " + text);
        }
        assertTrue(TestApp.get("/index.json").body().contains("\"data_version\":\"" + BUILT_IN + "\""));
    }
}
