package org.kamworkbench.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kamworkbench.service.export.ExportColumn;
import org.kamworkbench.service.export.ExportTable;

/**
 * A table as an XLSX workbook of one sheet: real number and date cells with the column's number
 * format, a bold header row that stays in view (frozen) and an autofilter over the table.
 */
final class XlsxTableWriter {
    /** Excel's limit on sheet names, and the characters it refuses in them. */
    private static final int SHEET_NAME_MAX = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[\\\\/?*\\[\\]:]";
    private static final int WIDTH_MIN = 8;
    private static final int WIDTH_MAX = 60;
    private static final int WIDTH_SAMPLE = 1_000;

    private XlsxTableWriter() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "KAM Workbench", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
        List<ExportColumn> columns = table.columns();
        int last = table.rows().size();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
        }
        for (int r = 0; r < last; r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, cellNumber(n));
                } else if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                } else if (v != null) {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
        if (!columns.isEmpty()) {
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            for (int c = 0; c < columns.size(); c++) {
                String format = columns.get(c).excelFormat();
                if (format != null && last > 0) {
                    sheet.range(1, c, last, c).style().format(format).set();
                }
                sheet.width(c, width(table, c));
            }
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, last, columns.size() - 1);
        }
        workbook.finish();
    }

    static String sheetName(String name) {
        String clean = name.replaceAll(SHEET_NAME_FORBIDDEN, " ").strip();
        if (clean.isEmpty()) {
            clean = "Export";
        }
        return clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX) : clean;
    }

    private static Number cellNumber(Number n) {
        if (n instanceof BigDecimal b) {
            return b.scale() < 0 ? b.setScale(0) : b;
        }
        return n;
    }

    /** Wide enough for the header (and its filter button) and the first rows' text. */
    private static double width(ExportTable table, int c) {
        int widest = table.columns().get(c).header().length() + 3;
        int rows = Math.min(table.rows().size(), WIDTH_SAMPLE);
        for (int r = 0; r < rows; r++) {
            Object v = table.rows().get(r).get(c);
            int len = v instanceof String s ? s.length() : v instanceof LocalDate ? 10 : v == null ? 0 : 12;
            widest = Math.max(widest, len + 1);
        }
        return Math.max(WIDTH_MIN, Math.min(WIDTH_MAX, widest));
    }
}
