package org.kamworkbench.service.imports.revenue;

import java.util.Arrays;

/**
 * The bytes of the last value read in a column, to skip reading it again when the next row repeats it
 * (invoice lines come grouped by invoice: the same date and often the same product line).
 */
final class LastBytes {
    private byte[] bytes = new byte[32];
    private int length = -1;

    boolean equals(byte[] b, int from, int to) {
        return to - from == length && Arrays.equals(bytes, 0, length, b, from, to);
    }

    void set(byte[] b, int from, int to) {
        int n = to - from;
        if (n > bytes.length) {
            bytes = new byte[n];
        }
        System.arraycopy(b, from, bytes, 0, n);
        length = n;
    }

    void forget() {
        length = -1;
    }
}
