package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for one table, written as multi-row INSERTs of up to {@link #CHUNK} rows: one statement execution per
 * chunk instead of per row, which is what makes ingest fast on an embedded database, in plain portable SQL.
 * Statements are prepared once per row count and reused.
 */
final class Rows implements RowWriter {
    static final int CHUNK = 64;

    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final int[] types;
    private final List<Object[]> pending = new ArrayList<>();
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();

    /** {@code spec} is "name:TYPE" per column, TYPE one of TEXT, INT, DOUBLE, BOOL, DATE, TIMESTAMP (LocalDateTime). */
    Rows(Connection connection, String table, String... spec) {
        this.connection = connection;
        this.table = table;
        this.columns = new String[spec.length];
        this.types = new int[spec.length];
        for (int i = 0; i < spec.length; i++) {
            String[] p = spec[i].split(":");
            columns[i] = p[0];
            types[i] = switch (p[1]) {
                case "TEXT" -> Types.VARCHAR;
                case "INT" -> Types.INTEGER;
                case "DOUBLE" -> Types.DOUBLE;
                case "BOOL" -> Types.BOOLEAN;
                case "DATE" -> Types.DATE;
                case "TIMESTAMP" -> Types.TIMESTAMP;
                default -> throw new IllegalArgumentException(spec[i]);
            };
        }
    }

    @Override
    public void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        pending.add(values);
    }

    @Override
    public int pending() {
        return pending.size();
    }

    @Override
    public void flush() throws SQLException {
        int i = 0;
        while (i < pending.size()) {
            int n = Math.min(CHUNK, pending.size() - i);
            PreparedStatement ps = statement(n);
            int p = 1;
            for (int r = i; r < i + n; r++) {
                Object[] row = pending.get(r);
                for (int col = 0; col < row.length; col++) {
                    bind(ps, p++, row[col], types[col]);
                }
            }
            ps.executeUpdate();
            i += n;
        }
        pending.clear();
    }

    @Override
    public void discard() {
        pending.clear();
    }

    private PreparedStatement statement(int rows) throws SQLException {
        PreparedStatement ps = statements.get(rows);
        if (ps == null) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns)).append(") VALUES ");
            String one = "(" + "?, ".repeat(columns.length - 1) + "?)";
            for (int r = 0; r < rows; r++) {
                sql.append(r == 0 ? "" : ", ").append(one);
            }
            ps = connection.prepareStatement(sql.toString());
            statements.put(rows, ps);
        }
        return ps;
    }

    static void bind(PreparedStatement ps, int i, Object v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else if (v instanceof LocalDateTime t) {
            ps.setTimestamp(i, Timestamp.valueOf(t));
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }
}
