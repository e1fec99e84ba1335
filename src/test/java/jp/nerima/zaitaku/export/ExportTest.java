package jp.nerima.zaitaku.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.nerima.zaitaku.ExportedSite;
import jp.nerima.zaitaku.HtmlText;

/** The static copy works from any web server: only relative links, and every one of them resolves. */
class ExportTest {

    private static final Pattern LINK = Pattern.compile("\\b(?:href|src|action|data-auto-next)=\"([^\"]*)\"");

    @Test
    void everyLinkIsRelativeAndResolvesOnAPlainStaticServer() throws Exception {
        Path root = ExportedSite.folder();
        List<String> wrong = new ArrayList<>();
        Set<String> targets = new TreeSet<>();
        List<Path> pages = html(root);
        assertTrue(pages.size() > 150, "pages: " + pages.size());
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String link = HtmlText.decode(m.group(1));
                if (link.startsWith("#")) continue;
                if (link.startsWith("/") || link.contains("://")) {
                    wrong.add(root.relativize(page) + ": " + link);
                    continue;
                }
                String file = link.replaceAll("#.*", "");
                Path target = page.getParent().resolve(file).normalize();
                if (!target.startsWith(root) || !Files.isRegularFile(target)) wrong.add(root.relativize(page) + ": " + link);
                else targets.add(root.relativize(target).toString().replace('\\', '/'));
            }
        }
        assertEquals(List.of(), wrong);
        HttpClient client = HttpClient.newHttpClient();
        for (String target : targets) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(ExportedSite.url(target)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode(), target);
        }
        assertTrue(targets.contains("static/css/app.css") && targets.stream().anyMatch(t -> t.startsWith("webjars/")),
                "styles and Chart.js are in the copy");
    }

    @Test
    void theCopyHoldsEveryTwinAndChartTable() {
        Path root = ExportedSite.folder();
        for (String file : List.of("index.html", "index.json", "index.csv", "program.html", "initiatives/1-1-1.csv",
                "initiatives/1-1-1--table-1-1-1-venues.csv", "activities/17.json", "present/1.html", "handout.html",
                "print.css", "source.html")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), file);
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedUnlessForced(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("keep.txt"), "someone's file");
        ExportedSite.Run refused = ExportedSite.run("export", folder.toString());
        assertEquals(4, refused.exitCode());
        assertTrue(refused.err().contains("空ではありません") && refused.err().contains("--force"), refused.err());
        assertTrue(!refused.err().contains("Exception"), refused.err());
        assertEquals(List.of("keep.txt"), names(folder));

        ExportedSite.Run forced = ExportedSite.run("export", "--force", folder.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.isRegularFile(folder.resolve("index.html")));
        assertTrue(Files.isRegularFile(folder.resolve("keep.txt")), "--force overwrites, it never deletes");
    }

    @Test
    void aFolderThatCannotBeMadeIsToldPlainly(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("report.txt"), "a file, not a folder");
        ExportedSite.Run underAFile = ExportedSite.run("export", file.resolve("site").toString());
        assertEquals(4, underAFile.exitCode());
        assertTrue(underAFile.err().contains("を作れません"), underAFile.err());
        assertEquals(1, underAFile.err().lines().count(), "one plain line: " + underAFile.err());

        ExportedSite.Run onAFile = ExportedSite.run("export", file.toString());
        assertEquals(4, onAFile.exitCode());
        assertTrue(onAFile.err().contains("ファイルです"), onAFile.err());
    }

    @Test
    void aBrokenDataScriptStopsTheExportNamingFileAndLine(@TempDir Path parent) throws IOException {
        Path data = Files.createDirectories(parent.resolve("data"));
        Files.writeString(data.resolve("V5__fy2023.sql"), "INSERT INTO nowhere VALUES (1);\n");
        ExportedSite.Run run = ExportedSite.run("export", "--data", data.toString(), parent.resolve("site").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("V5__fy2023.sql の 1 行目"), run.err());
    }

    private static List<Path> html(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
