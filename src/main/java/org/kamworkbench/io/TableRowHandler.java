package org.kamworkbench.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;
import org.kamworkbench.service.port.TableRow;

/**
 * Builds {@link TableRow}s straight from FastCSV's buffer: cells trimmed of surrounding whitespace
 * (inner content untouched), records whose cells are all blank skipped (returning null tells the
 * reader to skip), and the record's starting line as FastCSV counts it. A leading apostrophe before
 * {@code = + - @} is dropped: it is how Excel-safe CSV exports (ours too) keep such text from being
 * run as a formula, and the text is what follows it.
 */
final class TableRowHandler extends AbstractBaseCsvCallbackHandler<TableRow> {
    private static final String FORMULA_STARTS = "=+-@";
    private String[] cells = new String[16];
    private boolean blank;

    @Override
    protected void handleBegin(long startingLineNumber) {
        blank = true;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        int start = offset;
        int end = offset + length;
        while (start < end && buffer[start] <= ' ') {
            start++;
        }
        while (end > start && buffer[end - 1] <= ' ') {
            end--;
        }
        if (end - start >= 2 && buffer[start] == '\'' && FORMULA_STARTS.indexOf(buffer[start + 1]) >= 0) {
            start++; // the apostrophe an Excel-safe export put before text that looks like a formula
        }
        if (index == cells.length) {
            cells = Arrays.copyOf(cells, index * 2);
        }
        if (start == end) {
            cells[index] = "";
        } else {
            cells[index] = new String(buffer, start, end - start);
            blank = false;
        }
    }

    @Override
    protected TableRow buildRecord() {
        if (blank || getRecordType() != RecordType.DATA) {
            return null;
        }
        // not Arrays.copyOf: for a String[] it allocates through reflection (Array.newInstance), a tenth of
        // the reading thread's time on a million-line file
        String[] row = new String[getFieldCount()];
        System.arraycopy(cells, 0, row, 0, row.length);
        return new TableRow(getStartingLineNumber(), new Cells(row));
    }

    /** The line where the record being read (or last read) starts. */
    long currentLine() {
        return getStartingLineNumber();
    }
}
