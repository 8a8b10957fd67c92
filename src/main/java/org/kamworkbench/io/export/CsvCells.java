package org.kamworkbench.io.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.kamworkbench.service.export.ExportColumn;
import org.kamworkbench.service.export.ExportTable;

/**
 * The text of one CSV cell. Numbers are plain decimals with a point (exact values exact, doubles
 * rounded a little beyond what the column shows), dates ISO, and text that a spreadsheet would
 * read as a formula ({@code = + - @}, tab, carriage return at the start) gets a leading apostrophe.
 * Exact decimals lose only trailing zeros (250.0000 is written 250).
 */
final class CsvCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    static String of(ExportColumn column, Object value, boolean neutralise) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Number n) {
            return number(column, n);
        }
        return neutralise ? neutralised(value.toString()) : value.toString();
    }

    /** Text a spreadsheet opens as text: a leading apostrophe before a character that starts a formula. */
    static String neutralised(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String number(ExportColumn column, Number n) {
        BigDecimal value = ExportTable.decimal(n);
        if (n instanceof BigDecimal) {
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros(); // 250.0000 is 250
        } else if (n instanceof Double || n instanceof Float) {
            int places = switch (column.kind()) {
                case PERCENT -> column.decimals() + 4;
                case MONEY -> 2;
                case INTEGER -> 0;
                default -> column.decimals() + 2;
            };
            value = value.setScale(places, RoundingMode.HALF_EVEN);
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
