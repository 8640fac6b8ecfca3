package org.vigil.store;

import java.sql.SQLException;

/**
 * Rows bound for one table, written at {@link #flush} inside the caller's open transaction. Columns are given in
 * the table's own order. The portable writer is {@link Rows}; a dialect may bring a faster one.
 */
interface RowWriter extends AutoCloseable {
    void add(Object... values);

    int pending();

    void flush() throws SQLException;

    /** Forgets queued rows (after a rollback). */
    void discard();

    @Override
    void close() throws SQLException;
}
