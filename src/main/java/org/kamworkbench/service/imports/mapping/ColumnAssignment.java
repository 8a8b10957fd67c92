package org.kamworkbench.service.imports.mapping;

import java.util.HashSet;
import java.util.Set;

/**
 * The field of each column while a header is mapped. A decided column is final: later, weaker claims pass it
 * by, and a field a column has taken is no longer free for another.
 */
final class ColumnAssignment {
    private final String[] fieldOf;
    private final boolean[] decided;
    private final Set<String> taken = new HashSet<>();

    ColumnAssignment(int columns) {
        fieldOf = new String[columns];
        decided = new boolean[columns];
    }

    boolean isDecided(int column) {
        return decided[column];
    }

    /** The user ignores a column: no claim may map it. */
    void ignore(int column) {
        decided[column] = true;
    }

    /**
     * The user maps a column to a field, even one another column has (the wizard's preview shows such a mapping).
     *
     * @return false when another column had the field already
     */
    boolean assign(int column, String field) {
        decided[column] = true;
        boolean first = taken.add(field);
        fieldOf[column] = field;
        return first;
    }

    /** A claim from a name or pattern: wins when the column is undecided and the field still free. */
    void claim(int column, String field) {
        if (!decided[column] && taken.add(field)) {
            fieldOf[column] = field;
            decided[column] = true;
        }
    }

    /** The field of each column, null where none. */
    String[] fields() {
        return fieldOf;
    }
}
