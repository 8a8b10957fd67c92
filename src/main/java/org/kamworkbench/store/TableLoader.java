package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kamworkbench.service.port.WorkspaceTables.Inserter;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/** Replaces a workspace's data tables with rows that keep their ids, inside the caller's transaction. */
final class TableLoader {
    private final Connection c;
    private final TableSchema schema;

    TableLoader(Connection connection, TableSchema schema) {
        this.c = connection;
        this.schema = schema;
    }

    /** Empties every data table (children first), lets {@code fill} insert, then restarts the identities. */
    void replaceAll(Consumer<Inserter> fill) throws SQLException {
        List<TableShape> tables = schema.tablesParentsFirst();
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                TableShape table = tables.get(i);
                st.executeUpdate("DELETE FROM " + table.name() + TableSchema.dataRowsOnly(table));
            }
        }
        try {
            fill.accept(this::insert);
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
        for (TableShape table : tables) {
            restartIdentities(table);
        }
    }

    /**
     * Inserts rows with their ids. A column referring to its own table (a stakeholder's manager) is
     * set afterwards, when every row it may point to exists.
     */
    private void insert(TableShape table, List<String> columns, Iterator<Object[]> rows) {
        try {
            Set<String> selfReferences = schema.selfReferences(table.name());
            List<Object[]> deferredRows = new ArrayList<>();
            List<String> keys = schema.primaryKey(table.name());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table.name() + " ("
                    + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)")) {
                int pending = 0;
                while (rows.hasNext()) {
                    Object[] row = rows.next();
                    boolean later = false;
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = row[i];
                        if (value != null && selfReferences.contains(columns.get(i))) {
                            later = true;
                            value = null;
                        }
                        st.setObject(i + 1, value);
                    }
                    if (later) {
                        deferredRows.add(row);
                    }
                    st.addBatch();
                    if (++pending == TableDump.BATCH) {
                        st.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    st.executeBatch();
                }
            }
            if (!deferredRows.isEmpty()) {
                setSelfReferences(table.name(), columns, keys, selfReferences, deferredRows);
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private void setSelfReferences(String table, List<String> columns, List<String> keys, Set<String> references,
                                   List<Object[]> rows) throws SQLException {
        List<String> set = columns.stream().filter(references::contains).toList();
        String sql = "UPDATE " + table + " SET " + String.join(", ", set.stream().map(s -> s + " = ?").toList())
                + " WHERE " + String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                int p = 1;
                for (String column : set) {
                    st.setObject(p++, row[columns.indexOf(column)]);
                }
                for (String key : keys) {
                    st.setObject(p++, row[columns.indexOf(key)]);
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void restartIdentities(TableShape table) throws SQLException {
        for (String column : schema.identityColumns(table.name())) {
            long next;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT MAX(" + column + ") FROM " + table.name())) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " RESTART WITH " + next);
            }
        }
    }

    /** Carries an SQL failure out of the inserter callback, to fail the transaction. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
