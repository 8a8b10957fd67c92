package org.kamworkbench.service.imports;

/**
 * One invalid value or row. {@code line} counts as an editor does (the header is line 1);
 * {@code column} is the source header (null when the problem is the whole row).
 */
public record ImportProblem(long line, String column, String value, String reason) {
    /** "Line 1204, column 'Amount': 'abc' is not an amount". */
    public String describe() {
        StringBuilder s = new StringBuilder("Line ").append(line);
        if (column != null) {
            s.append(", column '").append(column).append('\'');
        }
        s.append(": ");
        if (value != null) {
            s.append('\'').append(value).append("' ");
        }
        return s.append(reason).toString();
    }
}
