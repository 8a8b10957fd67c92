package org.kamworkbench.service.port;

import java.util.BitSet;
import java.util.List;

/**
 * One data record of a tabular file. {@code line} is the line where the record starts, as an
 * editor shows it (the header is line 1; a quoted field with line breaks spans several lines).
 * {@code numeric} marks the cells that were numbers in the file (XLSX number cells, written in one
 * canonical plain form: decimal point, no grouping); null when the format has no types (CSV).
 */
public record TableRow(long line, List<String> cells, BitSet numeric) {
    public TableRow(long line, List<String> cells) {
        this(line, cells, null);
    }

    /** The cell at {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether the cell at {@code index} was a number cell, to be read canonically whatever the file's style. */
    public boolean isNumeric(int index) {
        return numeric != null && index >= 0 && numeric.get(index);
    }
}
