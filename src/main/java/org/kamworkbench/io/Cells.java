package org.kamworkbench.io;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An unmodifiable list over a cell array the reader owns: one object per row, no extra copy. */
final class Cells extends AbstractList<String> implements RandomAccess {
    private final String[] values;

    Cells(String[] values) {
        this.values = values;
    }

    @Override
    public String get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
