package org.kamworkbench.service.imports.revenue;

import java.util.Arrays;

/**
 * Sums revenue per (account, currency, month) in primitive arrays (open addressing on a packed long
 * key): memory grows with accounts × months, never with the number of lines, and adding a line
 * allocates nothing.
 */
final class CellAccumulator {
    private static final long EMPTY = -1L;
    private static final int FIRST_YEAR = 1900;

    private long[] keys;
    private long[] sums;
    private int[] records;
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
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            sums[slot] = amountE4;
            records[slot] = count;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        sums[slot] = Math.addExact(sums[slot], amountE4);
        records[slot] += count;
    }

    int size() {
        return size;
    }

    interface CellSink {
        void accept(long key, long amountE4, int records);
    }

    void forEach(CellSink sink) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                sink.accept(keys[i], sums[i], records[i]);
            }
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ h >>> 32) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        sums = new long[capacity];
        records = new int[capacity];
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldSums = sums;
        int[] oldRecords = records;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                sums[slot] = oldSums[i];
                records[slot] = oldRecords[i];
                size++;
            }
        }
    }
}
