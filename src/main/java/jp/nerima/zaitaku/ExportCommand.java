package jp.nerima.zaitaku;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.export.StaticSite;
import jp.nerima.zaitaku.web.MadePages;

/** {@code export DIR}: the whole dashboard as static files for the ward's intranet server or a file share. */
final class ExportCommand {

    static final int CANNOT_WRITE = 4;
    static final int PAGE_FAILED = 5;

    private final Path folder;
    private final boolean force;

    private ExportCommand(Path folder, boolean force) {
        this.folder = folder;
        this.force = force;
    }

    static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        try {
            return new ExportCommand(arguments.folder(), arguments.force()).export(arguments.data(), out, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PAGE_FAILED;
        }
    }

    private int export(Path dataFolder, PrintWriter out, PrintWriter err) throws InterruptedException {
        Message refusal = refusal();
        if (refusal != null) return refuse(err, refusal);
        // The built-in report's site was made at build: copied out of the jar as it is, with no server or database.
        MadePages made = dataFolder == null ? MadePages.load() : null;
        StaticSite.Written written;
        try {
            written = made != null ? StaticSite.export(made, folder) : exportLive(dataFolder, err);
        } catch (IOException e) {
            Message why = why(e);
            return refuse(err, new Message("フォルダ " + folder + " に書き込めませんでした（" + why.japanese()
                    + "）。書き込みの権限と空き容量を確認してください。",
                    "writing into the folder " + folder + " failed (" + why.english() + ")."));
        }
        if (written == null) return Main.SCRIPT_ERROR;
        if (!written.broken().isEmpty()) {
            err.println("書き出しを完了できません: " + written.broken().size() + " ページでダッシュボードに内部エラーが起きました（例: "
                    + examples(written.broken()) + "）。書き出したフォルダは不完全です。このメッセージを担当者に伝えてください。");
            err.println("Export incomplete: the dashboard failed to make " + written.broken().size() + " pages: "
                    + examples(written.broken()));
            return PAGE_FAILED;
        }
        List<String> failed = written.failed();
        if (!failed.isEmpty()) {
            String examples = examples(failed);
            err.println("注意: " + failed.size() + " か所のリンク先は、ダッシュボードでも「見つかりません」などの案内ページです。"
                    + "書き出し版にも同じ案内ページを置きました（例: " + examples + "）。");
            err.println("Note: " + failed.size() + " links lead to an error page on the dashboard too, copied as it is: "
                    + examples);
        }
        out.println("書き出しました: " + folder.toAbsolutePath() + " に " + written.files() + " ファイル（"
                + written.bytes() / 1024 + " KB）。index.html をブラウザで開くか、フォルダごと Web サーバーに置いてください。");
        out.println("Exported " + written.files() + " files to " + folder.toAbsolutePath() + ".");
        return 0;
    }

    /** The site as the dashboard makes it from the scripts; null where they cannot run, once that is told. */
    private StaticSite.Written exportLive(Path dataFolder, PrintWriter err) throws IOException, InterruptedException {
        Database db = Main.database(dataFolder, err);
        if (db == null) return null;
        Javalin app = App.create(db).start("127.0.0.1", 0);
        try {
            return StaticSite.export(app, folder);
        } finally {
            app.stop();
            db.close();
        }
    }

    private static String examples(List<String> addresses) {
        return String.join(" ", addresses.subList(0, Math.min(5, addresses.size())))
                + (addresses.size() > 5 ? " …" : "");
    }

    /** A message for the reader, in Japanese and in English. */
    private record Message(String japanese, String english) {}

    private static int refuse(PrintWriter err, Message message) {
        err.println("書き出せません: " + message.japanese());
        err.println("Cannot export: " + message.english());
        return CANNOT_WRITE;
    }

    /** Why the folder cannot take the export, or null when it can. */
    private Message refusal() {
        Path existing = folder.toAbsolutePath();
        while (!Files.exists(existing) && existing.getParent() != null) existing = existing.getParent();
        if (!Files.isDirectory(existing)) {
            return existing.equals(folder.toAbsolutePath())
                    ? new Message(folder + " はフォルダではなくファイルです。別の名前のフォルダを指定してください。",
                            folder + " is a file, not a folder.")
                    : new Message("フォルダ " + folder + " を作れません: " + existing + " はフォルダではなくファイルです。"
                            + "別の場所を指定してください。",
                            "cannot create the folder " + folder + ": " + existing + " is a file, not a folder.");
        }
        try {
            if (Files.isDirectory(folder) && !force) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        return new Message("フォルダ " + folder + " は空ではありません。空のフォルダを指定するか、"
                                + "上書きしてよければ --force を付けてください。",
                                "the folder " + folder + " is not empty; add --force to write into it.");
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            Message why = why(e);
            return new Message("フォルダ " + folder + " を作れません（" + why.japanese() + "）。書き込める場所を指定してください。",
                    "cannot create the folder " + folder + " (" + why.english() + ").");
        }
        if (!Files.isWritable(folder)) {
            return new Message("フォルダ " + folder + " に書き込む権限がありません。書き込める場所を指定してください。",
                    "no permission to write into the folder " + folder + ".");
        }
        return null;
    }

    /** What the file system refused, in words rather than an exception's name. */
    private static Message why(IOException e) {
        if (e instanceof AccessDeniedException) return new Message("書き込む権限がありません", "permission denied");
        if (e instanceof FileAlreadyExistsException f) {
            return new Message(f.getFile() + " がフォルダではなくファイルです", f.getFile() + " is a file, not a folder");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new Message(reason, reason);
    }
}
