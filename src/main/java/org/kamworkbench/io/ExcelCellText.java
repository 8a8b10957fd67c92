package org.kamworkbench.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A spreadsheet cell as the text an import parses: numbers as plain decimals with '.', dates as
 * ISO yyyy-MM-dd (with 'T'HH:mm:ss when they carry a time), booleans as true/false, empty as "".
 */
final class ExcelCellText {
    /** Excel keeps 15 significant digits; more in the file is binary floating-point noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ExcelCellText() {
    }

    static String of(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            ExcelNumberFormats.Kind kind = ExcelNumberFormats.kind(cell.getDataFormatId(), cell.getDataFormatString());
            return kind == ExcelNumberFormats.Kind.NUMBER || number.signum() < 0
                    ? number(number) : dateTime(number, date1904, kind);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value != null) {
            return value.toString();
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }

    /**
     * Whether the cell holds a number shown as a number (not as a date or time), which {@link #of} writes
     * in canonical plain form and the import reads as such, never with the file's decimal comma.
     */
    static boolean isNumber(Cell cell) {
        if (cell == null || !(cell.getValue() instanceof BigDecimal number)) {
            return false;
        }
        return number.signum() < 0
                || ExcelNumberFormats.kind(cell.getDataFormatId(), cell.getDataFormatString()) == ExcelNumberFormats.Kind.NUMBER;
    }

    static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** An Excel serial date: days since the epoch of the workbook, the fraction being the time of day. */
    static String dateTime(BigDecimal serial, boolean date1904, ExcelNumberFormats.Kind kind) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(SECONDS_PER_DAY)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (kind == ExcelNumberFormats.Kind.TIME && days == 0) {
            return LocalDate.EPOCH.atStartOfDay().plusSeconds(seconds).format(TIME);
        }
        LocalDateTime at = epoch(days, date1904).plusDays(days).atStartOfDay().plusSeconds(seconds);
        return seconds == 0 ? at.toLocalDate().toString() : at.format(DATE_TIME);
    }

    /**
     * Day 0 of the 1900 system is 1899-12-31, but Excel counts a 29 February 1900 that never was,
     * so from day 61 on the effective epoch is one day earlier.
     */
    private static LocalDate epoch(long days, boolean date1904) {
        if (date1904) {
            return LocalDate.of(1904, 1, 1);
        }
        return days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
    }
}
