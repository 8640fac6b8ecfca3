package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the databases a store can live in. Everything else (schema, queries, merging) is plain
 * JDBC with SQL that DuckDB and PostgreSQL both accept; a PostgreSQL store adds a dialect, not new callers.
 */
public interface Dialect {
    /** A short name for messages ("duckdb"). */
    String name();

    /** Connects to the store; {@code readOnly} lets several readers share it. */
    Connection connect(Path dir, boolean readOnly) throws SQLException;

    /** Whether the store's database already exists (a query on a missing store is a user error, not a new store). */
    boolean exists(Path dir);

    /** Whether the error says another process holds the store. */
    boolean isLockConflict(SQLException e);

    /** The column type for floating-point numbers. */
    default String doubleType() {
        return "DOUBLE PRECISION";
    }

    /**
     * A writer for rows of a table, columns in the table's order ("name:TYPE" as {@link Rows} reads them).
     * The default is portable multi-row INSERTs.
     */
    default RowWriter rows(Connection c, String table, String... spec) throws SQLException {
        return new Rows(c, table, spec);
    }

    /** Session settings applied after connecting (memory limits and the like). */
    default void configure(Connection c, boolean readOnly) throws SQLException {
    }
}
