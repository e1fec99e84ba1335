package jp.nerima.zaitaku;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;
import jp.nerima.zaitaku.db.Database;
import jp.nerima.zaitaku.db.SqlScripts;
import jp.nerima.zaitaku.export.Crawl;
import jp.nerima.zaitaku.web.MadePages;

/**
 * The pages made at build and the pages made live from the same scripts are the same answers, address for
 * address, so the two paths cannot drift; and serving the made ones needs no database.
 */
class MadePagesTest {

    private static Database db;
    private static Javalin live;
    private static List<Crawl.Answer> liveAnswers;

    @BeforeAll
    static void crawlTheLivePath() throws InterruptedException {
        db = Database.load(SqlScripts.builtIn());
        live = App.create(db).start("127.0.0.1", 0);
        liveAnswers = Crawl.site(live.port());
    }

    @AfterAll
    static void stop() {
        live.stop();
        db.close();
    }

    @Test
    void theJarHoldsEveryAddressTheLivePathAnswersAndTheSameBytes() {
        MadePages made = MadePages.load();
        assertNotNull(made, "the build made the site into target/classes/made");
        assertTrue(liveAnswers.size() > 400, "addresses: " + liveAnswers.size());
        assertEquals(liveAnswers.stream().map(Crawl.Answer::sent).toList(), made.addresses());
        for (Crawl.Answer answer : liveAnswers) {
            assertEquals(200, answer.status(), answer.address() + ": every link of the site leads to a page");
            MadePages.Made page = made.made(answer.sent());
            assertEquals(answer.address(), page.linked());
            assertEquals(BuildPages.file(answer.sent()), page.file(), answer.address());
            assertArrayEquals(answer.body(), page.body(), answer.address());
            assertEquals(answer.contentType(), page.contentType(), answer.address());
            assertEquals(answer.disposition(), page.disposition(), answer.address());
            if (!page.file()) {
                // The ETag as the jar sends it, beside the live path's.
                assertEquals(TestApp.fetch("http://127.0.0.1:" + live.port() + answer.sent()).header("ETag"),
                        TestApp.get(answer.sent()).header("ETag"), answer.address());
            }
        }
    }

    @Test
    void theDashboardServingMadePagesAnswersEveryAddressAsTheLivePathDoes() throws InterruptedException {
        List<Crawl.Answer> served = Crawl.site(TestApp.port());
        assertEquals(liveAnswers.size(), served.size());
        for (int i = 0; i < served.size(); i++) {
            Crawl.Answer expected = liveAnswers.get(i);
            Crawl.Answer actual = served.get(i);
            assertEquals(expected.address(), actual.address());
            assertEquals(expected.status(), actual.status(), expected.address());
            assertEquals(expected.contentType(), actual.contentType(), expected.address());
            assertEquals(expected.disposition(), actual.disposition(), expected.address());
            assertArrayEquals(expected.body(), actual.body(), expected.address());
        }
    }

    @Test
    void aMadePageIsSentGzippedOnlyWhereAllowedAndAnswersConditionalRequests() throws IOException {
        RawHttp.Answer plain = RawHttp.send(TestApp.port(), "GET", "/handout");
        RawHttp.Answer gzipped = RawHttp.send(TestApp.port(), "GET", "/handout", "Accept-Encoding: gzip");
        assertEquals("", plain.header("Content-Encoding"));
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
        assertEquals(304, RawHttp.send(TestApp.port(), "GET", "/handout",
                "If-None-Match: " + plain.header("ETag")).status());
        RawHttp.Answer head = RawHttp.send(TestApp.port(), "HEAD", "/handout");
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertFalse(plain.header("Content-Security-Policy").isEmpty(), "security headers on made pages too");
    }

    /**
     * A start of the jar, watched class by class: the first page comes with no class of HSQLDB, jOOQ or JTE
     * loaded; a search nobody links to is then made from the database.
     */
    @Test
    void theFirstPageComesWithNoDatabaseAndAnAddressNotMadeIsMadeLive(@TempDir Path folder) throws Exception {
        Path classes = folder.resolve("classes.log");
        try (MainProcess started = MainProcess.start(folder, List.of("-Xlog:class+load=info:file=" + classes))) {
            assertEquals(200, RawHttp.send(started.port(), "GET", "/").status());
            String loaded = Files.readString(classes, StandardCharsets.UTF_8);
            for (String library : List.of(" org.jooq.", " org.hsqldb.", " gg.jte.runtime", " jp.nerima.zaitaku.templates.")) {
                assertFalse(loaded.contains(library), library + " was loaded for the first page");
            }
            RawHttp.Answer found = RawHttp.send(started.port(), "GET", "/search?q=%E7%9C%8B%E5%8F%96%E3%82%8A");
            assertEquals(200, found.status());
            assertTrue(found.text().contains("在宅<mark>看取り</mark>率"), "the search answers from the made index");
            TimeUnit.MILLISECONDS.sleep(200); // the log is written as classes load
            assertFalse(Files.readString(classes, StandardCharsets.UTF_8).contains(" org.jooq."),
                    "a search needs no database");
            RawHttp.Answer search = RawHttp.send(started.port(), "GET", "/activities?q=%E8%AA%8D%E7%9F%A5%E7%97%87");
            assertEquals(200, search.status());
            assertTrue(search.text().contains("認知症"), "the live path answers the search");
            TimeUnit.MILLISECONDS.sleep(200); // the log is written as classes load
            assertTrue(Files.readString(classes, StandardCharsets.UTF_8).contains(" org.jooq."));
        }
    }
}
