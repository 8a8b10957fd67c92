package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.port.WorkspaceTables;

/**
 * Every data table of a workspace, found through the database's own metadata (so a table or column a
 * later migration adds is carried without code here), read in primary-key order and loaded back with
 * its ids. Plain JDBC and portable SQL: the same on H2 and PostgreSQL.
 */
public final class TableDump implements WorkspaceTables {
    /** Rows fetched, and inserted, per round trip. */
    static final int BATCH = 1_000;

    private final Jdbi jdbi;
    private TableSchema schema; // migrations run only when a workspace opens: read once

    public TableDump(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private synchronized TableSchema schema(Connection c) throws SQLException {
        if (schema == null) {
            schema = new TableSchema(c);
        }
        return schema;
    }

    @Override
    public String schemaVersion() {
        return Migrations.SCHEMA_VERSION;
    }

    @Override
    public List<TableShape> tables() {
        try {
            return jdbi.withHandle(h -> schema(h.getConnection()).tablesParentsFirst());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the workspace's tables: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachRow(TableShape table, Consumer<Object[]> sink) {
        try {
            readRows(table, sink);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    private void readRows(TableShape table, Consumer<Object[]> sink) throws SQLException {
        jdbi.useHandle(h -> {
            Connection c = h.getConnection();
            List<String> order = schema(c).primaryKey(table.name());
            StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", table.columns().stream()
                    .map(Column::name).toList())).append(" FROM ").append(table.name())
                    .append(TableSchema.dataRowsOnly(table));
            List<String> sortBy = order.isEmpty() ? table.columns().stream()
                    .filter(col -> col.type() != ColumnType.BINARY).map(Column::name).toList() : order;
            if (!sortBy.isEmpty()) {
                sql.append(" ORDER BY ").append(String.join(", ", sortBy));
            }
            try (Statement st = c.createStatement()) {
                st.setFetchSize(BATCH);
                try (ResultSet rs = st.executeQuery(sql.toString())) {
                    int width = table.columns().size();
                    while (rs.next()) {
                        Object[] row = new Object[width];
                        for (int i = 0; i < width; i++) {
                            row[i] = read(rs, i + 1, table.columns().get(i).type());
                        }
                        sink.accept(row);
                    }
                }
            }
        });
    }

    @Override
    public void replaceAll(Consumer<Inserter> fill) {
        Transactions.inTransaction(jdbi, "Loading the workspace",
                h -> new TableLoader(h.getConnection(), schema(h.getConnection())).replaceAll(fill));
    }

    private static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rs.getString(index);
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(index, OffsetDateTime.class);
            case BINARY -> rs.getBytes(index);
            case TEXT_LIST -> throw new SQLException("No table column holds a list");
        };
        return rs.wasNull() ? null : value;
    }
}
