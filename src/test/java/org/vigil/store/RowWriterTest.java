package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowWriterTest {
    @TempDir
    Path tmp;

    @Test
    void rowsAppendedInATransactionThatIsRolledBackAreGone() throws Exception {
        DuckDbDialect d = new DuckDbDialect();
        try (Connection c = d.connect(tmp, false)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id TEXT, n INTEGER, x DOUBLE PRECISION, b BOOLEAN, day DATE, seen TIMESTAMP)");
            }
            c.setAutoCommit(false);
            for (RowWriter w : new RowWriter[] {d.rows(c, "t", "id:TEXT", "n:INT", "x:DOUBLE", "b:BOOL", "day:DATE",
                    "seen:TIMESTAMP"), new Rows(c, "t", "id:TEXT", "n:INT", "x:DOUBLE", "b:BOOL", "day:DATE", "seen:TIMESTAMP")}) {
                w.add("a", 1, 2.5, true, LocalDate.of(2023, 1, 30), LocalDateTime.of(2023, 1, 30, 13, 40));
                w.add("b", null, null, null, null, null);
                w.flush();
                assertEquals(2, count(c));
                c.rollback();
                assertEquals(0, count(c));
                w.add("c", 3, 1.0, false, LocalDate.of(2024, 3, 26), LocalDateTime.of(2024, 3, 26, 0, 0));
                w.flush();
                c.commit();
                assertEquals(1, count(c));
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM t");
                }
                c.commit();
                w.close();
            }
        }
    }

    private static int count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
