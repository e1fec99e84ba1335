package jp.nerima.zaitaku.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideLiteralsAndCommentsAndKeepsEachStatementsLine() {
        SqlScript script = SqlScript.of("V9__test.sql", """
                -- a comment; not a statement
                CREATE TABLE t (a VARCHAR(20));

                INSERT INTO t VALUES ('x;y'), ('it''s; fine'),
                  ('line
                break');
                /* block; comment
                   spanning lines */ INSERT INTO t VALUES ('z'); -- trailing; comment
                """);
        List<SqlScript.Statement> statements = script.statements();
        assertEquals(3, statements.size());
        assertEquals(2, statements.get(0).line());
        assertEquals(4, statements.get(1).line());
        assertEquals("INSERT INTO t VALUES ('x;y'), ('it''s; fine'),\n  ('line\nbreak')", statements.get(1).sql());
        assertEquals(8, statements.get(2).line());
    }

    @Test
    void namesMustCarryAVersion() {
        assertEquals(12, SqlScript.of("V12__fy2033_program.sql", "").version());
        assertNull(SqlScript.of("fy2023.sql", ""));
        assertNull(SqlScript.of("V5_fy2023.sql", ""));
    }
}
