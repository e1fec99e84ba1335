package jp.nerima.zaitaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build makes the report's pages from sql/, and a broken script there fails the build with its file and line. */
class BuildPagesTest {

    @Test
    void aBrokenScriptInSqlFailsTheBuildNamingFileAndLine(@TempDir Path folder) throws Exception {
        Path sql = Files.createDirectories(folder.resolve("sql"));
        Files.copy(Path.of("sql", "V1__schema.sql"), sql.resolve("V1__schema.sql"));
        Files.writeString(sql.resolve("V2__fy2022_program.sql"), """
                -- the report's program
                INSERT INTO nowhere VALUES (1);
                """);
        Path err = folder.resolve("err.txt");
        // The folder first on the classpath: its sql/ is the one the build reads.
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", folder + File.pathSeparator + System.getProperty("java.class.path"),
                BuildPages.class.getName(), folder.resolve("out").toString())
                .redirectError(err.toFile()).redirectOutput(folder.resolve("out.txt").toFile()).start();
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        String console = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(Main.SCRIPT_ERROR, build.exitValue(), console);
        assertTrue(console.contains("ビルドできません: SQLスクリプト V2__fy2022_program.sql の 2 行目に問題があります"), console);
        assertFalse(console.contains("\tat "), console);
        assertFalse(Files.exists(folder.resolve("out")), "nothing made");
    }
}
