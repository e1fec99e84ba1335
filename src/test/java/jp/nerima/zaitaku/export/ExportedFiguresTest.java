package jp.nerima.zaitaku.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.nerima.zaitaku.ExportedSite;
import jp.nerima.zaitaku.FiguresShown;
import jp.nerima.zaitaku.HtmlText;

/** Every figure of the database is in the static copy, on the file of the page that shows it. */
class ExportedFiguresTest extends FiguresShown {

    @Override
    protected Map<String, String> pages() {
        Path root = ExportedSite.folder();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.contains("--") && !f.startsWith("fy"))
                    .collect(Collectors.toMap(ExportedFiguresTest::address, f -> read(root.resolve(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** index.html is "/", initiatives/1-1-1.html "/initiatives/1-1-1". */
    private static String address(String file) {
        String page = "/" + file.substring(0, file.length() - ".html".length());
        return page.equals("/index") ? "/" : page;
    }

    private static String read(Path file) {
        try {
            return HtmlText.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
