package jp.nerima.zaitaku;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line, read by hand: a library for it took a fifth of the start (measured), for six options.
 *
 * @param command "serve", "export", "help" or "version"
 * @param folder  where {@code export} writes; null otherwise
 * @param data    the folder of extra scripts given with --data; null without
 */
record Arguments(String command, int port, String host, boolean noBrowser, Path data, Path folder, boolean force) {

    static final String VERSION = "zaitaku-dashboard 1.0.0";

    static final List<String> USAGE = List.of(
            "使い方 (usage):",
            "  java -jar zaitaku-dashboard.jar [--port N] [--host ADDR] [--no-browser] [--data DIR]",
            "  java -jar zaitaku-dashboard.jar export DIR [--force] [--data DIR]",
            "",
            "  練馬区 在宅療養推進事業 実施結果ダッシュボードを起動します。",
            "  Starts the Nerima home medical care program dashboard.",
            "",
            "  --port N      待ち受けるポート番号 (default: 7070)",
            "  --host ADDR   待ち受けるアドレス。区のネットワークに公開するときは 0.0.0.0 (default: 127.0.0.1)",
            "  --no-browser  起動後にブラウザを開かない",
            "  --data DIR    このフォルダの V*.sql を組み込みのスクリプトに重ねて読み込む（同名は置き換え）",
            "  export DIR    ダッシュボード全体を静的なファイル（HTML・CSS・JS・JSON・CSV）としてフォルダ DIR に書き出す",
            "                (writes the whole dashboard as static files, with relative links only)",
            "  --force       export: 空でないフォルダにも書き出す（同じ名前のファイルは上書き）",
            "  -h, --help    この説明を表示する",
            "  -V, --version 版を表示する");

    /** A command line that cannot be read, said in words a person can act on. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    static Arguments parse(String... args) throws Bad {
        String command = "serve";
        int port = 7070;
        String host = "127.0.0.1";
        boolean noBrowser = false;
        boolean force = false;
        Path data = null;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = name.equals(arg) ? null : arg.substring(name.length() + 1);
            switch (name) {
                case "-h", "--help" -> command = "help";
                case "-V", "--version" -> command = "version";
                case "--no-browser" -> noBrowser = true;
                case "--force" -> force = true;
                case "--port" -> port = port(inline != null ? inline : value(args, ++i, name));
                case "--host" -> host = inline != null ? inline : value(args, ++i, name);
                case "--data" -> data = path(inline != null ? inline : value(args, ++i, name), name);
                default -> {
                    if (arg.startsWith("-")) throw new Bad("「" + arg + "」という指定はありません (unknown option: " + arg + ")");
                    if (i == 0 && arg.equals("export")) {
                        command = "export";
                    } else if (command.equals("export") && folder == null) {
                        folder = path(arg, "export");
                    } else {
                        throw new Bad("「" + arg + "」は読み取れません (unexpected argument: " + arg + ")");
                    }
                }
            }
        }
        if (command.equals("export") && folder == null) {
            throw new Bad("export には書き出し先のフォルダを指定してください（例: export site）"
                    + " (export needs the folder DIR to write into)");
        }
        if (force && !command.equals("export")) throw new Bad("--force は export と一緒に使います (--force goes with export)");
        return new Arguments(command, port, host, noBrowser, data, folder, force);
    }

    private static String value(String[] args, int i, String name) throws Bad {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new Bad(name + " の後に値を指定してください (" + name + " needs a value)");
        }
        return args[i];
    }

    private static int port(String value) throws Bad {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // told below, as for a number out of range
        }
        throw new Bad("ポート番号は 1〜65535 の数字で指定してください（例: --port 7070）"
                + " (--port must be a number from 1 to 65535, not " + value + ")");
    }

    private static Path path(String value, String name) throws Bad {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Bad(name + " のフォルダ名「" + value + "」は使えません (not a folder name: " + value + ")");
        }
    }
}
