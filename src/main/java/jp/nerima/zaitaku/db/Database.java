package jp.nerima.zaitaku.db;

import static jp.nerima.zaitaku.db.schema.Tables.ERA_READING;
import static jp.nerima.zaitaku.db.schema.Tables.FISCAL_YEAR;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hsqldb.jdbc.JDBCDataSource;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import jp.nerima.zaitaku.era.EraReadings;

/**
 * The report as an in-memory HSQLDB database, built afresh at every start from the SQL scripts, then read only: the
 * pages query it as a user that may only SELECT, so no bug in a page can change or drop the report.
 */
public final class Database implements AutoCloseable {

    // Where HSQLDB names the offending token or object, the error can point at its line, not just the statement's.
    private static final Pattern NAMED = Pattern.compile("(?:unexpected token|not found|value): ([^\\s]+)");

    private static final String READER = "READER";

    private final JDBCDataSource admin;
    private final JDBCDataSource reader;
    private DSLContext dsl;
    private final String fingerprint;
    private final CompletableFuture<Void> seeded = new CompletableFuture<>();

    private static final AtomicBoolean JOOQ_LOADING = new AtomicBoolean();
    private static final CompletableFuture<Void> JOOQ_LOADED = new CompletableFuture<>();

    private Database(List<SqlScript> scripts) {
        // char_literal=false: literals are VARCHAR, so 'ok' in a CASE beside 'mismatch' is not padded with spaces.
        String url = "jdbc:hsqldb:mem:zaitaku-" + UUID.randomUUID() + ";sql.char_literal=false";
        // Known to no one outside this object: nothing else may log in as the reader, let alone as SA.
        String password = UUID.randomUUID().toString();
        this.admin = source(url, "SA", "");
        this.fingerprint = SqlScripts.fingerprint(scripts);
        // The scripts run on plain JDBC while jOOQ loads (on the warm-up thread, or after them): the two share the start.
        new Thread(() -> {
            try {
                fill(scripts, password);
                seeded.complete(null);
            } catch (Throwable e) {
                seeded.completeExceptionally(e);
            }
        }, "database-seeding").start();
        // jOOQ, which the pages need and the scripts do not, loads meanwhile on the other core; started after the
        // seeding, so that it does not hold up the start of the scripts.
        Thread jooq = new Thread(Database::loadJooq, "jooq-loading");
        jooq.setDaemon(true);
        jooq.start();
        // ifexists: a query after close() must fail, not open a new, empty database under the same name.
        this.reader = source(url + ";ifexists=true", READER, password);
    }

    /**
     * A query while the scripts could not be run: the start is failing, and says why itself; the page asked for
     * cannot be made.
     */
    public static final class NotSeeded extends RuntimeException {
        NotSeeded(Throwable cause) {
            super("the database could not be seeded", cause);
        }
    }

    /** The database seeded from the scripts; a broken script throws {@link SqlScriptException}. */
    public static Database load(List<SqlScript> scripts) {
        Database db = seed(scripts);
        loadJooq(); // here, while the scripts run on the seeding thread
        db.awaitSeeded();
        return db;
    }

    /**
     * The database, seeding on a thread of its own so the web server can start meanwhile: a query waits until the
     * data is in. {@link #awaitSeeded()} tells whether the scripts ran.
     */
    public static Database seed(List<SqlScript> scripts) {
        return new Database(scripts);
    }

    /**
     * Loads jOOQ's classes by rendering a query without running it, or waits for the thread that does: they take
     * as long to load as the seeding, and several threads loading them at once can deadlock (jOOQ#8226), so one
     * loads them and the others wait.
     */
    public static void loadJooq() {
        if (!JOOQ_LOADING.compareAndSet(false, true)) {
            JOOQ_LOADED.join();
            return;
        }
        try {
            DSL.using(SQLDialect.HSQLDB).select(FISCAL_YEAR.LABEL).from(FISCAL_YEAR)
                    .join(ERA_READING).on(ERA_READING.PRINTED.eq(FISCAL_YEAR.LABEL)).getSQL();
            JOOQ_LOADED.complete(null);
        } catch (Throwable e) {
            JOOQ_LOADED.completeExceptionally(e);
            throw e;
        }
    }

    /** Waits for the seeding; a broken script throws {@link SqlScriptException}, and the database is dropped. */
    public void awaitSeeded() {
        try {
            seeded.join();
        } catch (CompletionException e) {
            close();
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private void fill(List<SqlScript> scripts, String password) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (SqlScript script : scripts) run(script, statement);
            requireAFiscalYear(scripts, statement);
            loadJooq();
            EraReadings.fill(DSL.using(connection, SQLDialect.HSQLDB));
            grantReading(statement, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the in-memory database", e);
        }
    }

    /** Every page shows a fiscal year's report: without one there is nothing to start. */
    private static void requireAFiscalYear(List<SqlScript> scripts, Statement statement) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM fiscal_year")) {
            if (r.next() && r.getInt(1) > 0) return;
        }
        throw new SqlScriptException(scripts.get(scripts.size() - 1).name(), 0,
                "年度（fiscal_year）の行がひとつもありません。報告書の年度を INSERT してください (no fiscal year)");
    }

    // Not a pool: an in-memory connection costs next to nothing, and a bounded pool deadlocks when every
    // connection is held by a query whose rows are being mapped with further queries.
    private static JDBCDataSource source(String url, String user, String password) {
        JDBCDataSource source = new JDBCDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /** The reader may SELECT from every table and view the scripts made, and do nothing else. */
    private static void grantReading(Statement statement, String password) throws SQLException {
        statement.execute("CREATE USER " + READER + " PASSWORD '" + password + "'");
        List<String> tables = new ArrayList<>();
        try (ResultSet r = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC'")) {
            while (r.next()) tables.add(r.getString(1));
        }
        for (String table : tables) {
            statement.execute("GRANT SELECT ON PUBLIC.\"" + table.replace("\"", "\"\"") + "\" TO " + READER);
        }
    }

    private static void run(SqlScript script, Statement statement) {
        for (SqlScript.Statement s : script.statements()) {
            try {
                statement.execute(s.sql());
            } catch (SQLException e) {
                throw new SqlScriptException(script.name(), lineOf(e.getMessage(), s), e.getMessage());
            }
        }
    }

    private static int lineOf(String message, SqlScript.Statement s) {
        Matcher m = NAMED.matcher(message == null ? "" : message);
        if (m.find()) {
            String name = m.group(1).replaceAll("^.*\\.", "").toUpperCase(Locale.ROOT);
            String[] lines = s.sql().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].toUpperCase(Locale.ROOT).contains(name)) return s.line() + i;
            }
        }
        return s.line();
    }

    public synchronized DSLContext dsl() {
        // Made on first use, not here: jOOQ loads meanwhile on another thread, and the web server starts without it.
        if (dsl == null) {
            loadJooq();
            dsl = DSL.using(new ConnectionProvider() {
                @Override
                public Connection acquire() {
                    try {
                        seeded.join();
                    } catch (CompletionException e) {
                        throw new NotSeeded(e.getCause());
                    }
                    try {
                        return reader.getConnection();
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot connect to the in-memory database", e);
                    }
                }

                @Override
                public void release(Connection connection) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // an in-memory connection holds nothing to lose
                    }
                }
            }, SQLDialect.HSQLDB);
        }
        return dsl;
    }

    /** Tells two copies of the dashboard apart by their data: the same scripts give the same fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Drops the in-memory database; it would otherwise live as long as the JVM. */
    @Override
    public void close() {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already shut down
        }
    }
}
