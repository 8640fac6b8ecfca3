package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.VigilException;

class StoreOpenCloseTest {
    @TempDir
    Path tmp;

    @Test
    void aStorePathThatIsAFileIsNamedAsSuchForReadingAndForWriting() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "a file where a store was expected");
        for (boolean readOnly : new boolean[] {true, false}) {
            VigilException e = assertThrows(VigilException.class, () -> JdbcEventStore.open(new DuckDbDialect(),
                    notes.toString(), readOnly));
            assertEquals(VigilException.CANT_CREATE, e.exitCode());
            assertEquals(notes + " is a file, not a Vigil store directory; name a directory with --store DIR",
                    e.getMessage());
        }
        assertEquals("a file where a store was expected", Files.readString(notes));
    }

    @Test
    void aTableWhoseColumnsWereReorderedIsRefusedRatherThanFilledByPosition() throws Exception {
        String dir = tmp.resolve("edited").toString();
        Stores.openForWriting(dir).close();
        DuckDbDialect duck = new DuckDbDialect();
        try (Connection c = duck.connect(Path.of(dir), false); Statement s = c.createStatement()) {
            // someone "tidied" the table by hand: the same columns, offsets before the field name
            s.execute("DROP TABLE evidence");
            s.execute("CREATE TABLE evidence (event_id TEXT NOT NULL, article_id TEXT NOT NULL,"
                    + " start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, field TEXT NOT NULL, text TEXT)");
        }
        VigilException e = assertThrows(VigilException.class, () -> Stores.openForWriting(dir));
        assertEquals(VigilException.DATA, e.exitCode());
        assertEquals("the store's table evidence has the columns event_id, article_id, start_offset, end_offset,"
                + " field, text, but this Vigil writes event_id, article_id, field, start_offset, end_offset, text,"
                + " in that order; the store was changed outside Vigil: use another --store DIR", e.getMessage());
    }

    /** DuckDB, except that the merged-event writer cannot be closed. */
    private static final class WriterFailsOnClose implements Dialect {
        private final DuckDbDialect duck = new DuckDbDialect();
        Connection connection;

        @Override
        public String name() {
            return duck.name();
        }

        @Override
        public Connection connect(Path dir, boolean readOnly) throws SQLException {
            connection = duck.connect(dir, readOnly);
            return connection;
        }

        @Override
        public boolean exists(Path dir) {
            return duck.exists(dir);
        }

        @Override
        public boolean isLockConflict(SQLException e) {
            return duck.isLockConflict(e);
        }

        @Override
        public void configure(Connection c, boolean readOnly) throws SQLException {
            duck.configure(c, readOnly);
        }

        @Override
        public RowWriter rows(Connection c, String table, String... spec) throws SQLException {
            RowWriter w = duck.rows(c, table, spec);
            if (!table.equals("merged_events")) {
                return w;
            }
            return new RowWriter() {
                @Override
                public void add(Object... values) {
                    w.add(values);
                }

                @Override
                public int pending() {
                    return w.pending();
                }

                @Override
                public void flush() throws SQLException {
                    w.flush();
                }

                @Override
                public void discard() {
                    w.discard();
                }

                @Override
                public void close() throws SQLException {
                    throw new SQLException("the writer could not be closed");
                }
            };
        }
    }

    @Test
    void theConnectionIsClosedEvenWhenAWriterFailsToClose() throws Exception {
        WriterFailsOnClose dialect = new WriterFailsOnClose();
        JdbcEventStore s = JdbcEventStore.open(dialect, tmp.resolve("s").toString(), false);
        VigilException e = assertThrows(VigilException.class, s::close);
        assertTrue(e.getMessage().contains("the writer could not be closed"), e.getMessage());
        assertTrue(dialect.connection.isClosed(), "the connection must not leak");
        try (EventStore again = Stores.openForWriting(tmp.resolve("s").toString())) {
            assertEquals(0, again.counts().articles(), "and the store can be opened again by this process");
        }
    }
}
