package org.kamworkbench.service.export;

import java.util.Objects;

/**
 * One column of an {@link ExportTable}: its header (in the language of the export) and what kind
 * of value it holds, which decides the cell type and number format in a spreadsheet.
 */
public record ExportColumn(String header, Kind kind, int decimals) {
    /** What a column holds. */
    public enum Kind {
        /** Text, written as text (in CSV neutralised when it could be read as a formula). */
        TEXT,
        /** A whole number (ids that are numbers stay text). */
        INTEGER,
        /** A number shown with {@link #decimals()} decimals. */
        NUMBER,
        /** An amount of money with two decimals and thousands separators; the header names the currency. */
        MONEY,
        /** A fraction (0.25) shown as a percentage (25.0 %). */
        PERCENT,
        /** A calendar date (a real date cell in XLSX, ISO yyyy-MM-dd in CSV). */
        DATE
    }

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be 0–10: " + decimals);
        }
    }

    /** The spreadsheet number format of this column, or null for text. */
    public String excelFormat() {
        return switch (kind) {
            case TEXT -> null;
            case INTEGER -> "0";
            case NUMBER -> decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
            case MONEY -> "#,##0.00";
            case PERCENT -> decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
            case DATE -> "yyyy-mm-dd";
        };
    }
}
