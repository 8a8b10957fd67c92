package org.kamworkbench.service.imports.revenue;

/**
 * Finds short ASCII ids (up to 15 characters, what CRM and ERP ids nearly always are) by packing
 * them into two longs kept inline in one flat table. A lookup costs one cache line instead of the
 * bucket → node → key → bytes chain of a HashMap, which dominates an invoice import.
 */
final class PackedIds {
    static final int MAX_LENGTH = 15;
    private static final int NOT_PACKABLE = -2;

    /** Slot i: the two packed longs at 3i and 3i+1, index + 1 at 3i+2 (0 = empty). */
    private final long[] table;
    private final int mask;
    private final long[] scratch = new long[2];

    PackedIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[capacity * 3];
        mask = capacity - 1;
    }

    /** Stores an id; false when it cannot be packed (too long, not ASCII) or is already there. */
    boolean put(String id, int index) {
        if (!pack(id, scratch)) {
            return false;
        }
        int at = slot(scratch[0], scratch[1]) * 3;
        if (table[at + 2] != 0) {
            return false;
        }
        table[at] = scratch[0];
        table[at + 1] = scratch[1];
        table[at + 2] = index + 1L;
        return true;
    }

    /** The index of the id, -1 when absent, or {@code -2} when the id cannot be packed. */
    int get(String id) {
        if (!pack(id, scratch)) {
            return NOT_PACKABLE;
        }
        return (int) table[slot(scratch[0], scratch[1]) * 3 + 2] - 1;
    }

    /** The same for an id written as ASCII bytes {@code b[from..to)} (a byte of a UTF-8 file beyond ASCII: not packable). */
    int get(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 0 || n > MAX_LENGTH) {
            return NOT_PACKABLE;
        }
        long a = 0;
        long c = n;
        for (int i = 0; i < n; i++) {
            byte x = b[from + i];
            if (x < 0) {
                return NOT_PACKABLE;
            }
            if (i < 8) {
                a |= (long) x << (i * 8);
            } else {
                c |= (long) x << ((i - 7) * 8);
            }
        }
        return (int) table[slot(a, c) * 3 + 2] - 1;
    }

    static boolean isPackable(int result) {
        return result != NOT_PACKABLE;
    }

    private int slot(long a, long b) {
        long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
        int i = (int) (h ^ h >>> 29 ^ h >>> 47) & mask;
        while (true) {
            int at = i * 3;
            if (table[at + 2] == 0 || table[at] == a && table[at + 1] == b) {
                return i;
            }
            i = i + 1 & mask;
        }
    }

    /** Characters 0–7 into out[0], 8–14 and the length into out[1]; false unless short ASCII. */
    private static boolean pack(String s, long[] out) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        long a = 0;
        long b = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return false;
            }
            if (i < 8) {
                a |= (long) c << (i * 8);
            } else {
                b |= (long) c << ((i - 7) * 8);
            }
        }
        out[0] = a;
        out[1] = b;
        return true;
    }
}
