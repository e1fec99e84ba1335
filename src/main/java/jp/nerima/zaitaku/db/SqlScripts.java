package jp.nerima.zaitaku.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The scripts that seed the database: the ones built into the jar (a copy of sql/), overlaid by the scripts of a
 * folder given with --data. A folder script replaces the built-in one of the same name and adds the others, so next
 * year's staff can try V5__fy2023_program.sql without a build.
 */
public final class SqlScripts {

    private SqlScripts() {}

    public static List<SqlScript> builtIn() {
        URL url = SqlScripts.class.getClassLoader().getResource("sql");
        if (url == null) throw new IllegalStateException("the sql/ scripts are missing from the classpath");
        try {
            if (url.getProtocol().equals("jar")) {
                // JarFile rather than a zip FileSystem: on this jar of 9,000 entries 75-90 ms instead of
                // 120-145 ms of the start (measured).
                URL jarUrl = ((JarURLConnection) url.openConnection()).getJarFileURL();
                try (JarFile jar = new JarFile(new File(jarUrl.toURI()))) {
                    List<SqlScript> scripts = new ArrayList<>();
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                        if (entry.getName().equals("sql/" + name) && name.endsWith(".sql")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                scripts.add(script(name, in.readAllBytes()));
                            }
                        }
                    }
                    return sorted(scripts);
                }
            }
            return read(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in scripts with the folder's scripts laid over them, in version order. */
    public static List<SqlScript> withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SqlScriptException(folder.toString(), 0, "フォルダが見つかりません (no such folder)");
        }
        List<SqlScript> added = read(folder);
        if (added.isEmpty()) {
            throw new SqlScriptException(folder.toString(), 0,
                    "このフォルダには .sql ファイルがありません (the folder holds no .sql script)");
        }
        Map<String, SqlScript> byName = new TreeMap<>();
        builtIn().forEach(s -> byName.put(s.name(), s));
        added.forEach(s -> byName.put(s.name(), s));
        return sorted(new ArrayList<>(byName.values()));
    }

    /**
     * The first 12 hex digits of a SHA-256 over the scripts' names and texts, in the order they run: short enough to
     * read out in a meeting, long enough that two different sets of data never share it by chance.
     */
    public static String fingerprint(List<SqlScript> scripts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SqlScript script : scripts) {
                sha.update((script.name() + "\0" + script.text() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static List<SqlScript> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<SqlScript> scripts = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.add(script(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return sorted(scripts);
        } catch (IOException e) {
            throw new SqlScriptException(folder.toString(), 0, "読み込めません (cannot read): " + e.getMessage());
        }
    }

    private static SqlScript script(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SqlScriptException(name, 0, "UTF-8 で保存してください (save the file as UTF-8)");
        }
        // Notepad and Excel save "UTF-8" with a byte order mark, which the database would take for a token.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        SqlScript script = SqlScript.of(name, text);
        if (script == null) {
            throw new SqlScriptException(name, 0, "ファイル名は V5__fy2023_program.sql のように V と番号で始めてください"
                    + " (name scripts like V5__fy2023_program.sql)");
        }
        return script;
    }

    /** Version order; two scripts with one version would run in an order nobody chose, so they are refused. */
    private static List<SqlScript> sorted(List<SqlScript> scripts) {
        scripts.sort(Comparator.comparingInt(SqlScript::version).thenComparing(SqlScript::name));
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new SqlScriptException(scripts.get(i).name(), 0,
                        scripts.get(i - 1).name() + " と同じ番号です。番号を変えてください"
                                + " (two scripts share version V" + scripts.get(i).version() + ")");
            }
        }
        return scripts;
    }
}
