package jp.nerima.zaitaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a staff member meets it: a real JVM started the way `java -jar` starts it. */
class StartupTest {

    record Run(int exitCode, String out, String err) {}

    @TempDir
    Path folder;

    @Test
    void aScriptWithASyntaxErrorStopsTheStartNamingFileAndLine() throws Exception {
        Files.writeString(folder.resolve("V5__fy2023_program.sql"), """
                -- next year's results
                INSERT INTO target (fiscal_year, position, text, src_line)
                VALUES ('令和4年度', 4, 'テスト', 1);
                INSERT INTO target (fiscal_year, position, text, src_line)
                VALUE ('令和4年度', 5, 'テスト', 1);
                """);
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("V5__fy2023_program.sql の 5 行目に問題があります"), run.err());
        assertTrue(run.err().contains("unexpected token: VALUE"), run.err());
    }

    @Test
    void aScriptNamingAMissingTableStopsTheStartNamingFileAndLine() throws Exception {
        Files.writeString(folder.resolve("V6__extra.sql"), """
                INSERT INTO target (fiscal_year, position, text, src_line) VALUES ('令和4年度', 4, 'x', 1);

                INSERT INTO targets (fiscal_year, position, text, src_line) VALUES ('令和4年度', 5, 'x', 1);
                """);
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("V6__extra.sql:3: user lacks privilege or object not found: TARGETS"), run.err());
    }

    @Test
    void scriptsWithoutAFiscalYearStopTheStart() throws Exception {
        for (String name : new String[] {"V2__fy2022_program.sql", "V3__fy2022_indicators.sql",
                "V4__fy2022_activities.sql"}) {
            Files.writeString(folder.resolve(name), "-- left empty on purpose\n");
        }
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("年度（fiscal_year）の行がひとつもありません"), run.err());
    }

    @Test
    void aRowBreakingAConstraintIsFoundByItsValue() throws Exception {
        Files.writeString(folder.resolve("V5__fy2023_program.sql"), """
                INSERT INTO target (fiscal_year, position, text, src_line) VALUES
                  ('令和4年度', 4, 'x', 1),
                  ('令和9年度', 5, 'y', 2);
                """);
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertTrue(run.err().contains("V5__fy2023_program.sql の 3 行目"), run.err());
        assertTrue(run.err().contains("foreign key no parent"), run.err());
    }

    @Test
    void aBuiltInScriptReplacedByABrokenOneIsNamed() throws Exception {
        Files.writeString(folder.resolve("V3__fy2022_indicators.sql"), "INSERT INTO nowhere VALUES (1);\n");
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertTrue(run.err().contains("V3__fy2022_indicators.sql の 1 行目"), run.err());
    }

    @Test
    void aFileNamedWithoutVersionIsRefused() throws Exception {
        Files.writeString(folder.resolve("fy2023.sql"), "SELECT 1 FROM fiscal_year;\n");
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("fy2023.sql"), run.err());
    }

    @Test
    void aMissingOrEmptyDataFolderIsNamed() throws Exception {
        Run missing = start("--data", folder.resolve("nowhere").toString());
        assertEquals(Main.SCRIPT_ERROR, missing.exitCode());
        assertPlain(missing.err());
        assertTrue(missing.err().contains("nowhere") && missing.err().contains("フォルダが見つかりません"), missing.err());

        Run empty = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, empty.exitCode());
        assertPlain(empty.err());
        assertTrue(empty.err().contains(".sql ファイルがありません"), empty.err());
    }

    @Test
    void aPortInUseIsToldWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = start("--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.PORT_IN_USE, run.exitCode());
            assertPlain(run.err());
            assertTrue(run.err().contains("ポート " + taken.getLocalPort() + " は別のプログラムが使用中です"),
                    run.err());
            assertTrue(run.err().contains("--port " + (taken.getLocalPort() + 1)), run.err());
        }
    }

    @Test
    void aBadPortIsAPlainUsageError() throws Exception {
        Run run = start("--port", "abc");
        assertEquals(2, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("指定が正しくありません"), run.err());
    }

    @Test
    void listeningBeyondThisMachineSaysWhoCanSeeIt() throws Exception {
        try (MainProcess shared = MainProcess.start(folder, "--host", "0.0.0.0")) {
            List<String> warning = shared.err().lines().filter(l -> l.contains("0.0.0.0")).toList();
            assertEquals(1, warning.size(), shared.err());
            assertTrue(warning.get(0).contains("同じネットワークの誰でも") && warning.get(0).contains("閲覧のみ")
                    && warning.get(0).contains("anyone on the network") && warning.get(0).contains("read-only"),
                    warning.get(0));
            assertEquals(200, RawHttp.send(shared.port(), "GET", "/").status());
        }
        for (String loopback : List.of("127.0.0.1", "localhost")) {
            try (MainProcess local = MainProcess.start(folder, "--host", loopback)) {
                assertEquals("", local.err(), "no warning on " + loopback);
            }
        }
    }

    @Test
    void aScriptSavedByNotepadAsUtf8WithAByteOrderMarkStartsOnAJapaneseWindowsCharset() throws Exception {
        byte[] script = "INSERT INTO target (fiscal_year, position, text, src_line) VALUES ('令和4年度', 4, 'テスト', 1);\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[script.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(script, 0, withBom, 3, script.length);
        Files.write(folder.resolve("V5__fy2023_program.sql"), withBom);
        try (MainProcess started = MainProcess.start(folder, List.of("-Dfile.encoding=MS932"),
                "--data", folder.toString())) {
            assertEquals(200, RawHttp.send(started.port(), "GET", "/").status());
        }
    }

    @Test
    void aScriptSavedAsShiftJisIsAskedToBeSavedAsUtf8() throws Exception {
        Files.write(folder.resolve("V5__fy2023_program.sql"),
                "INSERT INTO target (fiscal_year, position, text, src_line) VALUES ('令和4年度', 4, 'テスト', 1);\n"
                        .getBytes("Shift_JIS"));
        Run run = start("--data", folder.toString());
        assertEquals(Main.SCRIPT_ERROR, run.exitCode());
        assertPlain(run.err());
        assertTrue(run.err().contains("V5__fy2023_program.sql") && run.err().contains("UTF-8 で保存してください"),
                run.err());
    }

    /**
     * A browser tab left open on the address, or a script polling for the first 200, while a start is refused:
     * each request waits for the seeding and gets a plain 503 page; the console says only what is wrong.
     */
    @Test
    void requestsDuringARefusedStartGetAPlainPageAndTheConsoleOnlyTheReason() throws Exception {
        Files.writeString(folder.resolve("V9__broken.sql"), "INSERT INTO nowhere VALUES (1);\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(MainProcess.command("--port", String.valueOf(port), "--data",
                folder.toString())).redirectOutput(folder.resolve("out.txt").toFile()).redirectError(err.toFile())
                .start();
        java.util.Set<Integer> statuses = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Runnable poll = () -> {
            while (process.isAlive()) {
                try {
                    statuses.add(RawHttp.send(port, "GET", "/").status());
                } catch (RuntimeException notListening) {
                    Thread.onSpinWait();
                }
            }
        };
        Thread first = new Thread(poll);
        Thread second = new Thread(poll);
        first.start();
        second.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the start was refused");
        first.join();
        second.join();
        String console = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(Main.SCRIPT_ERROR, process.exitValue());
        assertPlain(console);
        assertTrue(console.contains("V9__broken.sql の 1 行目に問題があります"), console);
        assertTrue(console.lines().count() <= 4, console);
        statuses.remove(503);
        assertEquals(java.util.Set.of(), statuses, "every answer during the refused start is the plain 503 page");
    }

    private static void assertPlain(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "a stack trace leaked:\n" + err);
        assertTrue(err.lines().count() <= 20, err);
    }

    private Run start(String... args) throws IOException, InterruptedException {
        List<String> command = MainProcess.command(args);
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the dashboard started instead of refusing to");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
