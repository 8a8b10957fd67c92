package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kamworkbench.service.port.WorkspaceTables.Column;
import org.kamworkbench.service.port.WorkspaceTables.ColumnType;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/**
 * The database's own description of the data tables, read once (four queries: the metadata calls
 * per table cost H2 a query each, a second of a small export): tables, columns, primary and
 * foreign keys.
 */
final class TableSchema {
    /** Store bookkeeping, not workspace data: the archive neither carries nor overwrites it. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "revenue_segment");

    private final List<TableShape> tables = new ArrayList<>();
    private final Map<String, List<String>> primaryKeys = new TreeMap<>();
    private final Map<String, Set<String>> selfReferences = new TreeMap<>();
    private final Map<String, List<String>> identities = new TreeMap<>();

    TableSchema(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, List<Column>> columns = readColumns(meta, schema);
        readPrimaryKeys(connection, schema);
        orderParentsFirst(readParents(connection, schema, columns.keySet()), columns);
    }

    /** The data tables' columns in their order, by table; notes the identity columns. */
    private Map<String, List<Column>> readColumns(DatabaseMetaData meta, String schema) throws SQLException {
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
        return columns;
    }

    private void readPrimaryKeys(Connection connection, String schema) throws SQLException {
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
    }

    /** The tables each data table's foreign keys name; notes the columns that refer to their own table. */
    private Map<String, Set<String>> readParents(Connection connection, String schema, Set<String> dataTables)
            throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        dataTables.forEach(t -> parents.put(t, new TreeSet<>()));
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
        return parents;
    }

    private void orderParentsFirst(Map<String, Set<String>> parents, Map<String, List<Column>> columns)
            throws SQLException {
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

    /**
     * The condition that keeps a table's rows to workspace data, "" for most tables: the settings
     * table also holds the change counter, store bookkeeping the archive neither carries nor overwrites.
     */
    static String dataRowsOnly(TableShape table) {
        return table.name().equals("setting") ? " WHERE name <> '" + ChangeCounter.SETTING + "'" : "";
    }
}
