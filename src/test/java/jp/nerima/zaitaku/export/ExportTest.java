package jp.nerima.zaitaku.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.nerima.zaitaku.ExportedSite;
import jp.nerima.zaitaku.ExportedSite.StaticServer;
import jp.nerima.zaitaku.HtmlText;

/** The static copy works from any web server: only relative links, and every one of them resolves. */
class ExportTest {

    private static final Pattern LINK = Pattern.compile("\\b(?:href|src|action|data-auto-next|data-chart-js)=\"([^\"]*)\"");
    // Any attribute at all holding a site-absolute address, whatever its name.
    private static final Pattern ABSOLUTE = Pattern.compile("\\s[a-z-]+=\"/[^\"]*\"");

    @Test
    void everyLinkIsRelativeAndResolvesOnAPlainStaticServer() throws Exception {
        Path root = ExportedSite.folder();
        assertTrue(html(root).size() > 150, "pages: " + html(root).size());
        Set<String> targets = new TreeSet<>();
        assertEquals(List.of(), brokenLinks(root, ExportedSite::url, targets));
        assertTrue(targets.contains("static/css/app.css") && targets.contains("static/favicon.svg")
                && targets.contains("static/js/activities.js") && targets.stream().anyMatch(t -> t.startsWith("webjars/")),
                "styles, icon, scripts and Chart.js are in the copy");
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
    void addressesBecomeFilesAndLinksBecomeRelative() {
        assertEquals("index.html", SiteFiles.file("/", null));
        assertEquals("initiatives/1-1-1.html", SiteFiles.file("/initiatives/1-1-1", null));
        assertEquals("index.json", SiteFiles.file("/index.json", null));
        assertEquals("fy2022/program.html", SiteFiles.file("/program", "fy=2022"));
        assertEquals("activities--org-4.html", SiteFiles.file("/activities", "org=4"));
        assertTrue(SiteFiles.file("/activities", "audience=区民").matches("activities--audience-h[0-9a-f]{10}\\.html"));

        assertEquals("<a href=\"initiatives/1-1-1.html#chart-x\">",
                StaticSite.relink("<a href=\"/initiatives/1-1-1?fy=2022#chart-x\">", "fy2022/index.html"));
        assertEquals("<img src=\"../static/favicon.svg\">",
                StaticSite.relink("<img src=\"/static/favicon.svg\">", "initiatives/1-1-1.html"));
        assertEquals(".logo { background: url(\"../favicon.svg\"); }",
                StaticSite.relink(".logo { background: url(\"/static/favicon.svg\"); }", "static/css/app.css"));
        assertEquals(List.of("/initiatives/1-1-1?fy=2022", "/static/favicon.svg", "/activities"),
                Crawl.links("<a href=\"/initiatives/1-1-1?fy=2022#chart-x\"><img src=\"/static/favicon.svg\">"
                        + "<form action=\"/activities\"><a href=\"//elsewhere.example/\">"));
    }

    @Test
    void nextYearsDataIsExportedWithTheEarlierYearInAFolderOfItsOwn(@TempDir Path parent) throws Exception {
        Path data = Path.of(ExportTest.class.getResource("/next-year").toURI());
        Path site = parent.resolve("site");
        ExportedSite.Run run = ExportedSite.run("export", "--data", data.toString(), site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(HtmlText.of(Files.readString(site.resolve("index.html"))).contains("令和5年度（2023年度）実施結果"));
        assertTrue(HtmlText.of(Files.readString(site.resolve("fy2022/index.html")))
                .contains("令和4年度（2022年度）実施結果"));
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"fy2022/index.html\""),
                "the year selector leads to the earlier year's copy");
        assertTrue(HtmlText.of(Files.readString(site.resolve("initiatives/1-1-1.html")))
                .contains("総参加者数 延べ人数603名 延べ人数999名（架空）"), "the comparison of the two years");
        assertTrue(HtmlText.of(Files.readString(site.resolve("fy2022/initiatives/2-1-1.html"))).contains("令和4年度"));
        // The sample year has no コロナ禍 area: its pages do not link to one, so nothing was missing.
        assertFalse(run.err().contains("Note:"), run.err());
        assertFalse(Files.exists(site.resolve("areas/C-1.html")));
        assertTrue(Files.exists(site.resolve("fy2022/areas/C-1.html")));
        try (StaticServer server = StaticServer.of(site)) {
            assertEquals(List.of(), brokenLinks(site, server::url, new TreeSet<>()));
        }
    }

    /** Without --data the copy comes out of the jar; made live from the same scripts, it is the same files. */
    @Test
    void theCopyOutOfTheJarIsTheCopyTheLivePathMakes(@TempDir Path parent) throws Exception {
        Path sameData = Files.createDirectory(parent.resolve("data"));
        Files.copy(Path.of("sql", "V4__fy2022_activities.sql"), sameData.resolve("V4__fy2022_activities.sql"));
        Path live = parent.resolve("live");
        ExportedSite.Run run = ExportedSite.run("export", "--data", sameData.toString(), live.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path made = ExportedSite.folder();
        List<String> files = files(made);
        assertEquals(files, files(live));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(live.resolve(file)), Files.readAllBytes(made.resolve(file)), file);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedUnlessForced(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("keep.txt"), "someone's file");
        ExportedSite.Run refused = ExportedSite.run("export", folder.toString());
        assertEquals(4, refused.exitCode());
        assertTrue(refused.err().contains("空ではありません") && refused.err().contains("--force"), refused.err());
        assertPlain(refused.err(), folder);
        assertEquals(List.of("keep.txt"), names(folder));

        ExportedSite.Run forced = ExportedSite.run("export", "--force", folder.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.isRegularFile(folder.resolve("index.html")));
        assertTrue(Files.isRegularFile(folder.resolve("keep.txt")), "--force overwrites, it never deletes");
        assertTrue(forced.out().contains(folder.toAbsolutePath().toString()) && forced.out().contains("ファイル"),
                forced.out());
    }

    // Tests may run as root, who may write anywhere: a path under a regular file fails for everyone.
    @Test
    void aFolderThatCannotBeMadeIsToldPlainly(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("report.txt"), "a file, not a folder");
        Path underAFile = file.resolve("site");
        ExportedSite.Run run = ExportedSite.run("export", underAFile.toString());
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("を作れません"), run.err());
        assertPlain(run.err(), underAFile);

        ExportedSite.Run onAFile = ExportedSite.run("export", file.toString());
        assertEquals(4, onAFile.exitCode());
        assertTrue(onAFile.err().contains("ファイルです"), onAFile.err());
        assertPlain(onAFile.err(), file);
    }

    @Test
    void aFileInTheWayOfTheCopyIsToldPlainly(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("initiatives"), "a file where the copy needs a folder");
        ExportedSite.Run run = ExportedSite.run("export", "--force", folder.toString());
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("書き込めませんでした") && run.err().contains("initiatives"), run.err());
        assertPlain(run.err(), folder);
    }

    @Test
    void aBrokenDataScriptStopsTheExportNamingFileAndLine(@TempDir Path parent) throws IOException {
        Path data = Files.createDirectories(parent.resolve("data"));
        Files.writeString(data.resolve("V5__fy2023.sql"), "INSERT INTO nowhere VALUES (1);\n");
        ExportedSite.Run run = ExportedSite.run("export", "--data", data.toString(), parent.resolve("site").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("V5__fy2023.sql の 1 行目"), run.err());
    }

    /**
     * The links of every exported page that are site-absolute, lead out of the copy or to no file; each file
     * they lead to is fetched from the static server as well, and added to targets.
     */
    private static List<String> brokenLinks(Path root, Function<String, String> url, Set<String> targets)
            throws IOException, InterruptedException {
        List<String> wrong = new ArrayList<>();
        for (Path page : html(root)) {
            String html = Files.readString(page);
            Matcher absolute = ABSOLUTE.matcher(html);
            while (absolute.find()) wrong.add(root.relativize(page) + ":" + absolute.group());
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = HtmlText.decode(m.group(1));
                if (link.startsWith("#")) continue;
                Path target = page.getParent().resolve(link.replaceAll("[?#].*", "")).normalize();
                if (link.startsWith("/") || link.contains("://") || !target.startsWith(root)
                        || !Files.isRegularFile(target)) {
                    wrong.add(root.relativize(page) + ": " + link);
                } else {
                    targets.add(root.relativize(target).toString().replace('\\', '/'));
                }
            }
        }
        HttpClient client = HttpClient.newHttpClient();
        for (String target : targets) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url.apply(target))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) wrong.add(target + " answered " + response.statusCode());
        }
        return wrong;
    }

    /** One message in Japanese and English naming the folder; no stack trace, no exception's name. */
    private static void assertPlain(String err, Path folder) {
        assertEquals(2, err.lines().count(), err);
        assertTrue(err.startsWith("書き出せません: ") && err.contains("\nCannot export: "), err);
        assertTrue(err.contains(folder.toString()), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
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
