package org.kamworkbench.service.imports.run;

import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.parse.Text;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.TableRow;

/** Reading mapped cells of a row and reporting what is wrong with them. */
public final class Cells {
    private static final int SHOWN = 80;
    private final ColumnMapping mapping;
    private final Problems problems;
    private final Warnings warnings = new Warnings();

    public Cells(ColumnMapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** Values imported without their meaning, each listed once with its count. */
    public Warnings warnings() {
        return warnings;
    }

    public void warning(int column, String value, Sentence reason) {
        warnings.add(column < 0 ? null : mapping.headerOf(column), shown(value), reason);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The stripped cell, "" when empty or when the column is not mapped (column &lt; 0). */
    public static String get(TableRow row, int column) {
        return column < 0 ? "" : Text.strip(row.cell(column));
    }

    /** The stripped cell, or null when empty or not mapped. */
    public static String orNull(TableRow row, int column) {
        String s = get(row, column);
        return s.isEmpty() ? null : s;
    }

    /** A problem with an English-only reason; prefer {@link #problem(TableRow, int, String, Sentence)}. */
    public void problem(TableRow row, int column, String value, String reason) {
        problem(row, column, value, Sentence.of(reason));
    }

    /** A problem whose reason is a sentence of the service bundle, completing "'value' …". */
    public void problem(TableRow row, int column, String value, Sentence because) {
        problems.add(row.line(), column < 0 ? null : mapping.headerOf(column), shown(value), because);
    }

    /** The same, from a key of the service bundle and its arguments. */
    public void refuse(TableRow row, int column, String value, String key, Object... args) {
        problem(row, column, value, Sentence.of(key, args));
    }

    /** The text of a column, or a problem when it is longer than the workspace stores. */
    public String text(TableRow row, int column, int maxLength) {
        String s = orNull(row, column);
        if (s != null && s.length() > maxLength) {
            refuse(row, column, s, "value.tooLong", String.valueOf(maxLength));
            return null;
        }
        return s;
    }

    private static String shown(String value) {
        if (value == null || value.length() <= SHOWN) {
            return value;
        }
        return value.substring(0, SHOWN) + "…";
    }
}
