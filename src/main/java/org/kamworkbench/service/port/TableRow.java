package org.kamworkbench.service.port;

import java.util.List;

/**
 * One data record of a tabular file. {@code line} is the line where the record starts, as an
 * editor shows it (the header is line 1; a quoted field with line breaks spans several lines).
 */
public record TableRow(long line, List<String> cells) {
    /** The cell at {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
