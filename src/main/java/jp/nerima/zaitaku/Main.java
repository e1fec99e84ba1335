package jp.nerima.zaitaku;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScriptException;
import jp.nerima.zaitaku.db.SqlScripts;
import jp.nerima.zaitaku.web.MadePages;

/** Reads the command line, starts the dashboard and opens it in the browser. */
public final class Main {

    public static final int SCRIPT_ERROR = 2;
    static final int USAGE = 2;
    static final int PORT_IN_USE = 3;

    private final Arguments arguments;
    private final PrintWriter out;
    private final PrintWriter err;

    private Main(Arguments arguments, PrintWriter out, PrintWriter err) {
        this.arguments = arguments;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // The console's own encoding (MS932 on a Japanese Windows), which it can show.
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // On success the server's threads keep the program running until Ctrl+C.
        if (code != 0) System.exit(code);
    }

    /** Does what the command line says; the exit code, once what went wrong is told. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.Bad e) {
            err.println("起動できません: 指定が正しくありません: " + e.getMessage());
            Arguments.USAGE.forEach(err::println);
            return USAGE;
        }
        return switch (arguments.command()) {
            case "help" -> tell(Arguments.USAGE, out);
            case "version" -> tell(List.of(Arguments.VERSION), out);
            case "export" -> ExportCommand.run(arguments, out, err);
            default -> new Main(arguments, out, err).serve();
        };
    }

    private static int tell(List<String> lines, PrintWriter out) {
        lines.forEach(out::println);
        return 0;
    }

    private int serve() {
        Path dataFolder = arguments.data();
        String host = arguments.host();
        int port = arguments.port();
        MadePages made = dataFolder == null ? MadePages.load() : null;
        Javalin app;
        Database db = null;
        if (made != null) {
            app = App.create(made, Main::builtIn);
        } else {
            // The web server starts while the database is seeded: each is about half of the start.
            db = seeding(dataFolder, err);
            if (db == null) return SCRIPT_ERROR;
            app = App.create(db);
        }
        boolean portInUse = false;
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            portInUse = true;
        }
        if (db != null && !seeded(db, err)) {
            app.stop();
            return SCRIPT_ERROR;
        }
        if (portInUse) {
            if (db != null) db.close();
            err.println("起動できません: ポート " + port + " は別のプログラムが使用中です。"
                    + "ダッシュボードがすでに起動していないか確認するか、--port " + (port + 1) + " のように別の番号を指定してください。");
            err.println("Cannot start: port " + port + " is already in use. Try --port " + (port + 1) + ".");
            return PORT_IN_USE;
        }
        Database seeded = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (seeded != null) seeded.close();
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
        if (!arguments.noBrowser() && !Browser.open(url)) {
            out.println("ブラウザを自動で開けませんでした。上のアドレスをブラウザで開いてください。");
            out.flush();
        }
        return 0;
    }

    /**
     * The database of the built-in scripts, for the addresses the build did not make: they ran at build, so they
     * run here too.
     */
    static Database builtIn() {
        return Database.load(SqlScripts.builtIn());
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
        err.println("起動できません: " + e.japanese());
        err.println("Cannot start: " + e.getMessage());
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
