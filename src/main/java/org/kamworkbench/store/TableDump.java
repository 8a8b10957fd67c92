package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.port.WorkspaceTables;

/**
 * Every data table of a workspace, found through the database's own metadata (so a table or column a
 * later migration adds is carried without code here), read in primary-key order and loaded back with
 * its ids. Plain JDBC and portable SQL: the same on H2 and PostgreSQL.
 */
public final class TableDump implements WorkspaceTables {
    /** Store bookkeeping, not workspace data: the archive neither carries nor overwrites it. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "revenue_segment");
    private static final int BATCH = 1_000;

    private final Jdbi jdbi;
    private Schema schema; // migrations run only when a workspace opens: read once

    public TableDump(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private synchronized Schema schema(Connection c) throws SQLException {
        if (schema == null) {
            schema = new Schema(c);
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
            StringBuilder sql = new StringBuilder("SELECT ").append(columnList(table.columns().stream()
                    .map(Column::name).toList())).append(" FROM ").append(table.name());
            if (isSetting(table)) {
                sql.append(" WHERE name <> '").append(ChangeCounter.SETTING).append('\'');
            }
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
        Transactions.inTransaction(jdbi, "Loading the workspace", h -> {
            Connection c = h.getConnection();
            Schema schema = schema(c);
            List<TableShape> tables = schema.tablesParentsFirst();
            try (Statement st = c.createStatement()) {
                for (int i = tables.size() - 1; i >= 0; i--) {
                    TableShape table = tables.get(i);
                    st.executeUpdate("DELETE FROM " + table.name() + (isSetting(table)
                            ? " WHERE name <> '" + ChangeCounter.SETTING + "'" : ""));
                }
            }
            try {
                fill.accept((table, columns, rows) -> insert(c, schema, table, columns, rows));
            } catch (UncheckedSql e) {
                throw e.getCause();
            }
            for (TableShape table : tables) {
                restartIdentities(c, schema, table);
            }
        });
    }

    private static boolean isSetting(TableShape table) {
        return table.name().equals("setting");
    }

    /**
     * Inserts rows with their ids. A column referring to its own table (a stakeholder's manager) is
     * set afterwards, when every row it may point to exists.
     */
    private static void insert(Connection c, Schema schema, TableShape table, List<String> columns,
                               Iterator<Object[]> rows) {
        try {
            Set<String> selfReferences = schema.selfReferences(table.name());
            List<int[]> deferred = new ArrayList<>();
            List<Object[]> deferredRows = new ArrayList<>();
            List<String> keys = schema.primaryKey(table.name());
            try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table.name() + " (" + columnList(columns)
                    + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)")) {
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
                    if (++pending == BATCH) {
                        st.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    st.executeBatch();
                }
            }
            if (!deferredRows.isEmpty()) {
                setSelfReferences(c, table.name(), columns, keys, selfReferences, deferredRows);
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static void setSelfReferences(Connection c, String table, List<String> columns, List<String> keys,
                                          Set<String> references, List<Object[]> rows) throws SQLException {
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

    private static void restartIdentities(Connection c, Schema schema, TableShape table) throws SQLException {
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

    private static String columnList(List<String> columns) {
        return String.join(", ", columns);
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

    /**
     * The database's own description of the data tables, read once (four queries: the metadata calls
     * per table cost H2 a query each, a second of a small export): tables, columns, primary and
     * foreign keys.
     */
    private static final class Schema {
        private final List<TableShape> tables = new ArrayList<>();
        private final Map<String, List<String>> primaryKeys = new TreeMap<>();
        private final Map<String, Set<String>> selfReferences = new TreeMap<>();
        private final Map<String, List<String>> identities = new TreeMap<>();

        Schema(Connection connection) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, List<Column>> columns = new TreeMap<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!NOT_DATA.contains(name)) {
                        columns.put(name, new ArrayList<>());
                    }
                }
            }
            Map<String, Map<Integer, Column>> ordered = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (columns.containsKey(table)) {
                        String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        ordered.computeIfAbsent(table, t -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
                                new Column(name, typeOf(table, name, rs.getInt("DATA_TYPE"))));
                        if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                            identities.computeIfAbsent(table, t -> new ArrayList<>()).add(name);
                        }
                    }
                }
            }
            ordered.forEach((table, byPosition) -> columns.get(table).addAll(byPosition.values()));
            Map<String, Map<Integer, String>> keys = new TreeMap<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT tc.table_name, k.column_name, "
                    + "k.ordinal_position FROM information_schema.table_constraints tc "
                    + "JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name "
                    + "AND k.constraint_schema = tc.constraint_schema "
                    + "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = ?")) {
                st.setString(1, schema);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        keys.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new TreeMap<>())
                                .put(rs.getInt(3), rs.getString(2).toLowerCase(Locale.ROOT));
                    }
                }
            }
            keys.forEach((table, byPosition) -> primaryKeys.put(table, new ArrayList<>(byPosition.values())));
            Map<String, Set<String>> parents = new TreeMap<>();
            columns.keySet().forEach(t -> parents.put(t, new TreeSet<>()));
            try (PreparedStatement st = connection.prepareStatement("SELECT k.table_name, k.column_name, p.table_name "
                    + "FROM information_schema.referential_constraints r "
                    + "JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name "
                    + "AND k.constraint_schema = r.constraint_schema "
                    + "JOIN information_schema.table_constraints p ON p.constraint_name = r.unique_constraint_name "
                    + "AND p.constraint_schema = r.unique_constraint_schema WHERE k.table_schema = ?")) {
                st.setString(1, schema);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String child = rs.getString(1).toLowerCase(Locale.ROOT);
                        String parent = rs.getString(3).toLowerCase(Locale.ROOT);
                        if (child.equals(parent)) {
                            selfReferences.computeIfAbsent(child, t -> new TreeSet<>())
                                    .add(rs.getString(2).toLowerCase(Locale.ROOT));
                        } else if (parents.containsKey(child) && parents.containsKey(parent)) {
                            parents.get(child).add(parent);
                        }
                    }
                }
            }
            Set<String> placed = new TreeSet<>();
            while (placed.size() < parents.size()) {
                String next = parents.entrySet().stream()
                        .filter(e -> !placed.contains(e.getKey()) && placed.containsAll(e.getValue()))
                        .map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new SQLException("The tables' foreign keys form a cycle"));
                placed.add(next);
                tables.add(new TableShape(next, columns.get(next)));
            }
        }

        /** Tables ordered so that each comes after those its foreign keys name; ties by name. */
        List<TableShape> tablesParentsFirst() {
            return tables;
        }

        List<String> primaryKey(String table) {
            return primaryKeys.getOrDefault(table, List.of());
        }

        Set<String> selfReferences(String table) {
            return selfReferences.getOrDefault(table, Set.of());
        }

        List<String> identityColumns(String table) {
            return identities.getOrDefault(table, List.of());
        }

        private static ColumnType typeOf(String table, String column, int sqlType) throws SQLException {
            return switch (sqlType) {
                case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.CLOB,
                     Types.NCLOB -> ColumnType.TEXT;
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ColumnType.INTEGER;
                case Types.DECIMAL, Types.NUMERIC -> ColumnType.DECIMAL;
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> ColumnType.DOUBLE;
                case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
                case Types.DATE -> ColumnType.DATE;
                case Types.TIMESTAMP -> ColumnType.TIMESTAMP;
                case Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMP_TZ;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnType.BINARY;
                default -> throw new SQLException("Column " + table + "." + column + " has a type the archive "
                        + "does not carry (" + sqlType + ")");
            };
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
