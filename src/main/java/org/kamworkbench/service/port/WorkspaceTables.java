package org.kamworkbench.service.port;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The workspace's data tables read and written whole, row by row: what the workspace archive carries.
 * Revenue (compact segments) and the store's own bookkeeping (migration history, change counter) are
 * not among them.
 */
public interface WorkspaceTables {
    /** The schema version the tables have (Flyway's newest applied migration). */
    String schemaVersion();

    /** The data tables, every table after the tables it refers to, each with its columns. */
    List<TableShape> tables();

    /** Passes every row of {@code table}, in primary-key order, values typed as its columns say. */
    void forEachRow(TableShape table, Consumer<Object[]> sink);

    /**
     * Empties every data table, then lets {@code fill} insert rows, all in one transaction; identity
     * columns continue after the highest id inserted.
     */
    void replaceAll(Consumer<Inserter> fill);

    /** Inserts rows into one table; {@code columns} may be a subset of the table's (others get defaults). */
    interface Inserter {
        void insert(TableShape table, List<String> columns, Iterator<Object[]> rows);
    }

    /** A table and its columns, in their order. */
    record TableShape(String name, List<Column> columns) {
        public TableShape {
            columns = List.copyOf(columns);
        }

        public Column column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
        }
    }

    /** A column and the Java type of its values (null values are null). */
    record Column(String name, ColumnType type) {
    }

    /** How a column's values are passed: the Java type of each. */
    enum ColumnType {
        /** String */ TEXT,
        /** Long */ INTEGER,
        /** BigDecimal, exact */ DECIMAL,
        /** Double */ DOUBLE,
        /** Boolean */ BOOLEAN,
        /** LocalDate */ DATE,
        /** LocalDateTime */ TIMESTAMP,
        /** OffsetDateTime */ TIMESTAMP_TZ,
        /** byte[] */ BINARY,
        /** List&lt;String&gt;: only in archive entries that are not tables (a revenue cell's product lines) */ TEXT_LIST
    }
}
