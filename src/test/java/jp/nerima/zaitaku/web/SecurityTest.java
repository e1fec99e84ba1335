package jp.nerima.zaitaku.web;

import static jp.nerima.zaitaku.db.schema.Tables.ACTIVITY;
import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.RESULT_FIGURE;
import static jp.nerima.zaitaku.db.schema.Tables.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jp.nerima.zaitaku.Markup;
import jp.nerima.zaitaku.RawHttp;
import jp.nerima.zaitaku.TestApp;

/**
 * The dashboard on the ward intranet: it can only be read, every answer says how it may be shown and kept, and
 * nothing a request carries (method, path, parameters) reaches the database, the file system or the page as markup.
 */
class SecurityTest {

    /** Stands for Chart.js in its webjar, at whatever version the build chose. */
    private static final String CHART_JS = "{chart.js}";

    // --- the database

    @Test
    void theAppsDatabaseUserCanOnlyRead() {
        DSLContext dsl = TestApp.dsl();
        List<Executable> writes = List.of(
                () -> dsl.insertInto(TARGET).set(TARGET.FISCAL_YEAR, "令和4年度").set(TARGET.POSITION, 99)
                        .set(TARGET.TEXT, "x").set(TARGET.SRC_LINE, 1).execute(),
                () -> dsl.update(RESULT_FIGURE).set(RESULT_FIGURE.AMOUNT, BigDecimal.ZERO).execute(),
                () -> dsl.deleteFrom(ERA_READING).execute(),
                () -> dsl.dropTable(ACTIVITY).execute(),
                () -> dsl.createTable("notes").column("text", SQLDataType.VARCHAR(10)).execute(),
                () -> dsl.execute("CREATE USER visitor PASSWORD 'x' ADMIN"),
                () -> dsl.execute("SET SESSION AUTHORIZATION 'SA'"),
                () -> dsl.execute("SHUTDOWN"));
        for (Executable write : writes) {
            DataAccessException refused = assertThrows(DataAccessException.class, write);
            assertTrue(refused.getMessage().matches("(?s).*(lacks privilege|admin rights|authorization).*"),
                    refused.getMessage());
        }
        assertEquals(50, dsl.fetchCount(ACTIVITY), "still all there, and readable");
        assertEquals(0, dsl.fetchCount(RESULT_FIGURE, RESULT_FIGURE.AMOUNT.eq(BigDecimal.ZERO).and(
                RESULT_FIGURE.CODE.eq("total"))));
    }

    /**
     * What keeps the rule true as the code grows: only the scripts' loader reads files or runs SQL text, and only
     * the command line (--data, export DIR) and the build (BuildPages) name files; no request handler does.
     */
    @Test
    void noHandlerRunsSqlTextOrOpensFiles() throws IOException {
        Path main = Path.of("src/main/java/jp/nerima/zaitaku");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String where = main.relativize(file).toString();
                String code = Files.readString(file);
                boolean commandLine = where.equals("Main.java") || where.equals("Arguments.java")
                        || where.equals("ExportCommand.java")
                        || where.equals("BuildPages.java") || where.startsWith("export/");
                if (!where.startsWith("db/") && !commandLine) {
                    assertFalse(code.contains("java.nio.file") || code.contains("java.io.File"), where);
                }
                if (!where.startsWith("db/")) {
                    assertFalse(code.matches("(?s).*(\\.(execute|fetch|query|resultQuery)|DSL\\.(sql|field|condition"
                            + "|table|query|resultQuery))\\(\\s*\".*"), where + " passes SQL text to jOOQ");
                }
            }
        }
    }

    // --- methods

    @ParameterizedTest
    @CsvSource({
            "POST, /", "PUT, /", "DELETE, /", "PATCH, /", "OPTIONS, /", "TRACE, /", "PROPFIND, /", "BREW, /",
            "POST, /activities?q=x", "DELETE, /initiatives/1-1-1", "OPTIONS, *", "CONNECT, 127.0.0.1:443",
            "PUT, /static/css/app.css", "DELETE, /webjars/chart.js/x.js", "POST, /nope"})
    void onlyGetAndHeadAreServed(String method, String target) {
        RawHttp.Answer answer = send(method, target, "Content-Length: 0");
        assertEquals(405, answer.status(), method + " " + target);
        assertEquals("GET, HEAD", answer.header("Allow"));
        assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.header("Content-Type"));
        assertTrue(answer.text().contains("閲覧専用"), answer.text());
        assertPlain(answer);
    }

    @ParameterizedTest
    @CsvSource({"POST, /index.json, application/json, \"status\":405", "PUT, /index.csv, text/plain, 閲覧専用"})
    void twinsRefuseOtherMethodsInTheirOwnFormat(String method, String target, String type, String text) {
        RawHttp.Answer answer = send(method, target, "Content-Length: 0");
        assertEquals(405, answer.status());
        assertEquals("GET, HEAD", answer.header("Allow"));
        assertTrue(answer.header("Content-Type").startsWith(type), answer.header("Content-Type"));
        assertTrue(answer.text().contains(text), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/source", "/initiatives/1-1-1", "/activities/1.json", "/index.csv",
            "/static/css/app.css", "{chart.js}", "/nope", "/activities?year=abc"})
    void headAnswersAsGetWithoutABody(String target) {
        RawHttp.Answer get = send("GET", target);
        RawHttp.Answer head = send("HEAD", target);
        assertEquals(get.status(), head.status(), target);
        for (String name : List.of("Content-Type", "ETag", "Cache-Control", "Content-Security-Policy")) {
            assertEquals(get.header(name), head.header(name), target + ": " + name);
        }
        assertTrue(get.body().length > 0, target);
        assertEquals(0, head.body().length, target + ": a HEAD answer has no body");
    }

    // --- headers

    @ParameterizedTest
    @CsvSource({"GET, /", "GET, /source", "GET, /index.json", "GET, /index.csv", "GET, /static/css/app.css",
            "GET, {chart.js}", "GET, /favicon.ico", "GET, /nope", "GET, /activities?year=abc",
            "GET, /static/nope.js", "GET, /static/%2e%2e/%2e%2e/etc/passwd", "POST, /", "HEAD, /present/1"})
    void everyAnswerSaysHowItMayBeShown(String method, String target) {
        RawHttp.Answer answer = send(method, target);
        assertEquals("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'", answer.header("Content-Security-Policy"), target);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), target);
        assertEquals("no-referrer", answer.header("Referrer-Policy"), target);
        String permissions = answer.header("Permissions-Policy");
        for (String denied : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")) {
            assertTrue(permissions.contains(denied), target + ": " + permissions);
        }
        assertTrue(permissions.contains("fullscreen=(self)"), "presentation mode may fill the screen");
    }

    /** A request Jetty cannot even parse (a header far over its limit) gets the same headers and a Japanese page. */
    @Test
    void aRequestRefusedBeforeRoutingStillGetsTheHeaders() {
        RawHttp.Answer answer = send("GET", "/", "X-Padding: " + "a".repeat(70_000));
        assertEquals(431, answer.status());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(answer.text().contains("このアドレスでは表示できません"), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/css/app.css", "/static/js/charts.js", "{chart.js}"})
    void staticFilesAreKeptAndRevalidatedByETag(String target) {
        RawHttp.Answer first = send("GET", target);
        assertEquals(200, first.status());
        String etag = first.header("ETag");
        assertFalse(etag.isEmpty(), target);
        String cache = first.header("Cache-Control");
        assertTrue(target.equals(CHART_JS) ? maxAge(cache) >= 30 * 24 * 3600 : cache.equals("no-cache"),
                target + ": " + cache);
        RawHttp.Answer again = send("GET", target, "If-None-Match: " + etag);
        assertEquals(304, again.status(), target);
        assertEquals(0, again.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/initiatives/1-1-1", "/activities.json", "/index.csv"})
    void pagesAreRevalidatedEveryTime(String target) {
        RawHttp.Answer first = send("GET", target);
        assertEquals("no-cache", first.header("Cache-Control"), target);
        String etag = first.header("ETag");
        assertTrue(etag.matches("W/\"[0-9a-f]+\""), target + ": " + etag);
        RawHttp.Answer again = send("GET", target, "If-None-Match: " + etag);
        assertEquals(304, again.status(), target);
        assertEquals(0, again.body().length);
        assertEquals(etag, again.header("ETag"));
        assertEquals(304, send("GET", target, "If-None-Match: W/\"0\", " + etag).status(), "one of several");
        assertEquals(200, send("GET", target, "If-None-Match: W/\"0\"").status(), "another page's");
    }

    private static RawHttp.Answer send(String method, String target, String... headers) {
        return RawHttp.send(TestApp.port(), method, target.replace(CHART_JS, Assets.CHART_JS), headers);
    }

    private static int maxAge(String cacheControl) {
        var m = java.util.regex.Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    // --- paths

    /** Sent as written on a socket: HttpClient would resolve the dots before they reach the server. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/static/..%2f..%2fetc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/%2E%2E/%2E%2E/etc/passwd",
            "/static/.%2e/.%2e/etc/passwd", "/webjars/../../etc/passwd", "/static/../../../../etc/passwd",
            "/static/..\\..\\etc\\passwd", "/static/..%5c..%5cjp/nerima/zaitaku/App.class",
            "/static/%252e%252e/%252e%252e/etc/passwd", "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "/..;/etc/passwd", "/static/..;/..;/etc/passwd", "/static/css/app.css%00", "/static/%00/../../etc/passwd",
            "/static/css/../../META-INF/MANIFEST.MF", "/static/%2e%2e/sql/V1__schema.sql",
            "/webjars/%2e%2e/%2e%2e/jp/nerima/zaitaku/App.class", "/webjars/chart.js/../../../../../etc/passwd",
            "/static//etc/passwd", "/static/....//....//etc/passwd", "/source/..%2f..%2fsql%2fV1__schema.sql",
            "http://127.0.0.1/static/../../etc/passwd"})
    void pathsThatClimbOutOfTheStaticFoldersAreRefused(String target) {
        RawHttp.Answer answer = send("GET", target);
        assertTrue(answer.status() == 400 || answer.status() == 404, target + " → " + answer.status());
        assertTrue(answer.header("Content-Type").startsWith("text/html"), target);
        String text = answer.text();
        assertTrue(text.contains("このアドレスでは表示できません") || text.contains("ページが見つかりません"), target + ": " + text);
        for (String content : List.of("root:", "Manifest-Version", "CREATE TABLE", "\u00CA\u00FE", "package jp")) {
            assertFalse(text.contains(content), target + " gave away a file");
        }
        assertPlain(answer);
    }

    // --- parameters

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>",
            "a\u0000b\u001bc\u202ed\u0085e", "=cmd|' /C calc'!A0", "' OR '1'='1"})
    void searchWordsComeBackAsText(String q) throws IOException {
        String query = "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        TestApp.Response page = TestApp.get("/activities" + query);
        assertEquals(200, page.status());
        Markup.assertInert(q, page.body());
        assertEquals(Controls.shown(q), Markup.parse(page.body()).selectFirst("input#q").val(), "shown as typed");

        TestApp.Response json = TestApp.get("/activities.json" + query);
        assertEquals(200, json.status());
        assertEquals(q, new ObjectMapper().readTree(json.body()).at("/data/filter/q").asText(), "kept exactly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/initiatives/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/activities/%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/activities?org=%3Cscript%3E",
            "/?fy=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "/areas/%E2%80%AE%00x"})
    void wrongAddressesWithMarkupAreShownAsText(String target) {
        TestApp.Response page = TestApp.get(target);
        assertTrue(page.status() == 400 || page.status() == 404, target + " → " + page.status());
        Markup.assertInert(target, page.body());
    }

    /** No stack trace, and none of Javalin's or Jetty's own words ("Endpoint GET /x not found"). */
    private static void assertPlain(RawHttp.Answer answer) {
        String text = answer.text();
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("Endpoint")
                || text.contains("Bad Message"), text);
    }
}
