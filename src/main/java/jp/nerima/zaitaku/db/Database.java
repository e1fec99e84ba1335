package jp.nerima.zaitaku.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hsqldb.jdbc.JDBCDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import jp.nerima.zaitaku.era.EraReadings;

/**
 * The report as an in-memory HSQLDB database, built afresh at every start from the SQL scripts, then read only.
 */
public final class Database implements AutoCloseable {

    // Where HSQLDB names the offending token or object, the error can point at its line, not just the statement's.
    private static final Pattern NAMED = Pattern.compile("(?:unexpected token|not found|value): ([^\\s]+)");

    private final JDBCDataSource source;
    private final DSLContext dsl;
    private final String fingerprint;

    private Database(JDBCDataSource source, String fingerprint) {
        this.source = source;
        this.dsl = DSL.using(source, SQLDialect.HSQLDB);
        this.fingerprint = fingerprint;
    }

    public static Database load(List<SqlScript> scripts) {
        // Not a pool: an in-memory connection costs next to nothing, and a bounded pool deadlocks when every
        // connection is held by a query whose rows are being mapped with further queries.
        JDBCDataSource source = new JDBCDataSource();
        // char_literal=false: literals are VARCHAR, so 'ok' in a CASE beside 'mismatch' is not padded with spaces.
        source.setUrl("jdbc:hsqldb:mem:zaitaku-" + UUID.randomUUID() + ";sql.char_literal=false");
        source.setUser("SA");
        source.setPassword("");
        Database db = new Database(source, SqlScripts.fingerprint(scripts));
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (SqlScript script : scripts) run(script, statement);
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("cannot open the in-memory database", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        EraReadings.fill(db.dsl);
        return db;
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

    public DSLContext dsl() {
        return dsl;
    }

    /** Tells two copies of the dashboard apart by their data: the same scripts give the same fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Drops the in-memory database; it would otherwise live as long as the JVM. */
    @Override
    public void close() {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already shut down
        }
    }
}
