package org.kamworkbench.service.imports.revenue;

/**
 * Sums revenue per (account, currency, month) in primitive arrays (open addressing on a packed long
 * key): memory grows with accounts × months, never with the number of lines, and adding a line
 * allocates nothing.
 */
final class CellAccumulator {
    private static final long EMPTY = -1L;
    private static final int FIRST_YEAR = 1900;

    /** Slot i holds key, sum and record count at 3i, 3i+1, 3i+2: one probe touches one cache line. */
    private long[] table;
    private int capacity;
    private int size;

    CellAccumulator() {
        allocate(1 << 14);
    }

    /** The key of a cell: account index, currency index (&lt; 4096) and month. */
    static long key(int account, int currency, int year, int month) {
        return (long) account << 32 | (long) currency << 20 | (year - FIRST_YEAR) * 12L + (month - 1);
    }

    static int account(long key) {
        return (int) (key >>> 32);
    }

    static int currency(long key) {
        return (int) (key >>> 20) & 0xFFF;
    }

    static int year(long key) {
        return FIRST_YEAR + (int) (key & 0xFFFFF) / 12;
    }

    static int month(long key) {
        return (int) (key & 0xFFFFF) % 12 + 1;
    }

    /** @throws ArithmeticException when the cell's sum overflows */
    void add(long key, long amountE4, int count) {
        int at = slot(key) * 3;
        if (table[at] == EMPTY) {
            table[at] = key;
            table[at + 1] = amountE4;
            table[at + 2] = count;
            if (++size * 2 > capacity) {
                grow();
            }
            return;
        }
        table[at + 1] = Math.addExact(table[at + 1], amountE4);
        table[at + 2] += count;
    }

    int size() {
        return size;
    }

    interface CellSink {
        void accept(long key, long amountE4, int records);
    }

    void forEach(CellSink sink) {
        for (int at = 0; at < table.length; at += 3) {
            if (table[at] != EMPTY) {
                sink.accept(table[at], table[at + 1], (int) table[at + 2]);
            }
        }
    }

    private int slot(long key) {
        int mask = capacity - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ h >>> 32) & mask;
        while (table[i * 3] != EMPTY && table[i * 3] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[slots * 3];
        for (int at = 0; at < table.length; at += 3) {
            table[at] = EMPTY;
        }
        size = 0;
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        for (int at = 0; at < old.length; at += 3) {
            if (old[at] != EMPTY) {
                int to = slot(old[at]) * 3;
                table[to] = old[at];
                table[to + 1] = old[at + 1];
                table[to + 2] = old[at + 2];
                size++;
            }
        }
    }
}
