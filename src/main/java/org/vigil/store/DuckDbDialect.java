package org.vigil.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded default: one DuckDB file, {@code DIR/vigil.duckdb}, with its write-ahead log beside it. DuckDB
 * lets one process write (or several read) a file at a time and says so with "Could not set lock on file".
 */
public final class DuckDbDialect implements Dialect {
    public static final String FILE = "vigil.duckdb";

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public Connection connect(Path dir, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath(), p);
    }

    @Override
    public boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    @Override
    public boolean isLockConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Could not set lock on file") || m.contains("Conflicting lock"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RowWriter rows(Connection c, String table, String... spec) throws SQLException {
        return new DuckDbRows(c, table, spec);
    }

    @Override
    public void configure(Connection c, boolean readOnly) throws SQLException {
        try (Statement s = c.createStatement()) {
            // memory stays flat however large the store grows; DuckDB spills to disk past this
            s.execute("SET memory_limit = '" + System.getProperty("vigil.store.memory", "1GB") + "'");
            s.execute("SET preserve_insertion_order = false");
            // merged events are rewritten all over the table; checkpointing less often rewrites less
            s.execute("SET checkpoint_threshold = '" + System.getProperty("vigil.store.checkpoint", "256MB") + "'");
        }
    }
}
