package jp.nerima.zaitaku;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.export.StaticSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export DIR}: the whole dashboard as static files for the ward's intranet server or a file share. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"ダッシュボード全体を静的なファイル（HTML・CSS・JS・JSON・CSV）としてフォルダに書き出します。",
                "Writes the whole dashboard as static files, with relative links only."})
final class ExportCommand implements Callable<Integer> {

    static final int CANNOT_WRITE = 4;

    @Parameters(paramLabel = "DIR", description = "書き出し先のフォルダ（空であること）")
    Path folder;

    @Option(names = "--force", description = "空でないフォルダにも書き出す（同じ名前のファイルは上書き）")
    boolean force;

    @Option(names = "--data", paramLabel = "DIR",
            description = "このフォルダの V*.sql を組み込みのスクリプトに重ねて読み込む（同名は置き換え）")
    Path dataFolder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String refusal = refusal();
        if (refusal != null) {
            err.println("書き出せません: " + refusal);
            return CANNOT_WRITE;
        }
        Database db = Main.database(dataFolder, err);
        if (db == null) return Main.SCRIPT_ERROR;
        Javalin app = App.create(db).start("127.0.0.1", 0);
        try {
            StaticSite.Written written = StaticSite.export(app, folder);
            out.println("書き出しました: " + folder.toAbsolutePath() + " に " + written.files() + " ファイル（"
                    + written.bytes() / 1024 + " KB）。index.html をブラウザで開くか、フォルダごと Web サーバーに置いてください。");
            out.println("Exported " + written.files() + " files to " + folder.toAbsolutePath() + ".");
            return CommandLine.ExitCode.OK;
        } catch (IOException e) {
            err.println("書き出せません: フォルダ " + folder + " に書き込めませんでした（" + e.getMessage()
                    + "）。書き込みの権限と空き容量を確認してください。");
            err.println("Cannot export: " + e);
            return CANNOT_WRITE;
        } finally {
            app.stop();
            db.close();
        }
    }

    /** Why the folder cannot take the export, in plain words, or null when it can. */
    private String refusal() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " はフォルダではなくファイルです。別の名前のフォルダを指定してください。"
                    + " (" + folder + " is a file, not a folder)";
        }
        try {
            if (Files.isDirectory(folder) && !force) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        return "フォルダ " + folder + " は空ではありません。空のフォルダを指定するか、上書きしてよければ --force を付けてください。"
                                + " (the folder is not empty; add --force to write into it)";
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            return "フォルダ " + folder + " を作れません（" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "）。書き込みの権限がある場所を指定してください。";
        }
        if (!Files.isWritable(folder)) {
            return "フォルダ " + folder + " に書き込む権限がありません。書き込める場所を指定してください。"
                    + " (no permission to write to the folder)";
        }
        return null;
    }
}
