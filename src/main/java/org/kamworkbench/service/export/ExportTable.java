package org.kamworkbench.service.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table to write to a file (XLSX or CSV): typed columns and rows of raw values. A value is a
 * {@link String} (text columns), a {@link Number} (integer, number, money and percent columns), a
 * {@link LocalDate} (date columns) or null for an empty cell. Built with {@link #named(String)}.
 */
public record ExportTable(String name, List<ExportColumn> columns, List<List<Object>> rows) {
    public ExportTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Starts a table; {@code name} becomes the sheet name of an XLSX file. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public List<String> headers() {
        return columns.stream().map(ExportColumn::header).toList();
    }

    /** Builds a table column by column, then row by row; each row is checked against the column kinds. */
    public static final class Builder {
        private final String name;
        private final List<ExportColumn> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder column(ExportColumn column) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("add every column before the first row");
            }
            columns.add(column);
            return this;
        }

        public Builder text(String header) {
            return column(new ExportColumn(header, ExportColumn.Kind.TEXT, 0));
        }

        public Builder integer(String header) {
            return column(new ExportColumn(header, ExportColumn.Kind.INTEGER, 0));
        }

        public Builder number(String header, int decimals) {
            return column(new ExportColumn(header, ExportColumn.Kind.NUMBER, decimals));
        }

        public Builder money(String header) {
            return column(new ExportColumn(header, ExportColumn.Kind.MONEY, 2));
        }

        public Builder percent(String header) {
            return column(new ExportColumn(header, ExportColumn.Kind.PERCENT, 1));
        }

        public Builder date(String header) {
            return column(new ExportColumn(header, ExportColumn.Kind.DATE, 0));
        }

        public Builder row(Object... values) {
            return row(Arrays.asList(values));
        }

        public Builder row(List<?> values) {
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + values.size() + " values for " + columns.size()
                        + " columns");
            }
            for (int i = 0; i < values.size(); i++) {
                check(columns.get(i), values.get(i));
            }
            rows.add(new ArrayList<>(values));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, columns, rows);
        }

        private static void check(ExportColumn column, Object value) {
            if (value == null) {
                return;
            }
            boolean fits = switch (column.kind()) {
                case TEXT -> value instanceof String;
                case INTEGER, NUMBER, MONEY, PERCENT -> value instanceof Number
                        && !(value instanceof Double d && (d.isNaN() || d.isInfinite()));
                case DATE -> value instanceof LocalDate;
            };
            if (!fits) {
                throw new IllegalArgumentException("'" + column.header() + "' (" + column.kind() + ") cannot hold "
                        + value.getClass().getSimpleName() + " " + value);
            }
        }
    }

    /** A number value as an exact decimal (doubles by their shortest decimal form). */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
