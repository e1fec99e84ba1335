package jp.nerima.zaitaku;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScriptException;
import jp.nerima.zaitaku.db.SqlScripts;
import jp.nerima.zaitaku.web.Chart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reads the command line, seeds the database, starts the dashboard and opens it in the browser. */
@Command(name = "zaitaku-dashboard", mixinStandardHelpOptions = true, version = "zaitaku-dashboard 1.0.0",
        subcommands = ExportCommand.class,
        description = {"練馬区 在宅療養推進事業 実施結果ダッシュボードを起動します。",
                "Starts the Nerima home medical care program dashboard."})
public final class Main implements Callable<Integer> {

    public static final int SCRIPT_ERROR = 2;
    static final int PORT_IN_USE = 3;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
            description = "待ち受けるポート番号 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "待ち受けるアドレス。区のネットワークに公開するときは 0.0.0.0 (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--no-browser", description = "起動後にブラウザを開かない")
    boolean noBrowser;

    @Option(names = "--data", paramLabel = "DIR",
            description = "このフォルダの V*.sql を組み込みのスクリプトに重ねて読み込む（同名は置き換え）")
    Path dataFolder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        warmUp();
        int code = new CommandLine(new Main())
                .setParameterExceptionHandler(Main::badArguments)
                .execute(args);
        // On success the server's threads keep the program running until Ctrl+C.
        if (code != 0) System.exit(code);
    }

    /**
     * Loads, on a thread of its own, the libraries the first page needs and the seeding does not: they load while
     * the command line is read and the database seeded, not after.
     */
    private static void warmUp() {
        Thread thread = new Thread(() -> {
            Database.loadJooq();
            Chart.loadJson();
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("起動できません: ポート番号は 1〜65535 で指定してください（例: --port 7070）。");
            err.println("Cannot start: --port must be between 1 and 65535.");
            return CommandLine.ExitCode.USAGE;
        }
        // The web server starts while the database is seeded: each is about half of the start.
        Database db = seeding(dataFolder, err);
        if (db == null) return SCRIPT_ERROR;
        Javalin app = App.create(db);
        boolean portInUse = false;
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            portInUse = true;
        }
        if (!seeded(db, err)) {
            app.stop();
            return SCRIPT_ERROR;
        }
        if (portInUse) {
            db.close();
            err.println("起動できません: ポート " + port + " は別のプログラムが使用中です。"
                    + "ダッシュボードがすでに起動していないか確認するか、--port " + (port + 1) + " のように別の番号を指定してください。");
            err.println("Cannot start: port " + port + " is already in use. Try --port " + (port + 1) + ".");
            return PORT_IN_USE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
        if (!loopback(host)) {
            err.println("注意: " + host + " で待ち受けています。同じネットワークの誰でもこのダッシュボードを開けます（閲覧のみ、変更はできません）。"
                    + " / Note: listening on " + host + ": anyone on the network can open this dashboard (read-only).");
            err.flush();
        }
        String url = "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/";
        out.println("ダッシュボードを起動しました: " + url);
        out.println("Dashboard running at " + url + " — 終了するには Ctrl+C を押してください (Ctrl+C to stop).");
        out.flush();
        if (!noBrowser && !Browser.open(url)) {
            out.println("ブラウザを自動で開けませんでした。上のアドレスをブラウザで開いてください。");
            out.flush();
        }
        return CommandLine.ExitCode.OK;
    }

    /** The database seeded from the built-in scripts and those of the folder; null, once the reason is told. */
    public static Database database(Path dataFolder, PrintWriter err) {
        Database db = seeding(dataFolder, err);
        return db != null && seeded(db, err) ? db : null;
    }

    /** The database being seeded (see {@link Database#seed}); null when the scripts cannot be read, once told. */
    private static Database seeding(Path dataFolder, PrintWriter err) {
        try {
            return Database.seed(dataFolder == null ? SqlScripts.builtIn() : SqlScripts.withFolder(dataFolder));
        } catch (SqlScriptException e) {
            tell(e, err);
            return null;
        }
    }

    /** Whether every script ran; if one did not, which and why is told. */
    private static boolean seeded(Database db, PrintWriter err) {
        try {
            db.awaitSeeded();
            return true;
        } catch (SqlScriptException e) {
            tell(e, err);
            return false;
        } catch (RuntimeException e) { // not the scripts' fault, so nothing to point at but the cause
            err.println("起動できません: データベースを準備できませんでした (" + e.getMessage() + ")。"
                    + "もう一度起動してください。続く場合はこのメッセージを担当者に伝えてください。");
            err.println("Cannot start: the in-memory database could not be prepared: " + e.getMessage());
            return false;
        }
    }

    private static void tell(SqlScriptException e, PrintWriter err) {
        err.println("起動できません: SQLスクリプト " + e.file()
                + (e.line() > 0 ? " の " + e.line() + " 行目" : "") + "に問題があります: " + e.detail());
        err.println("Cannot start: " + e.getMessage());
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("起動できません: 指定が正しくありません: " + e.getMessage());
        cmd.getErr().println("使い方 (usage):");
        cmd.usage(cmd.getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
