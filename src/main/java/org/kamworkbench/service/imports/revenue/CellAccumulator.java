package org.kamworkbench.service.imports.revenue;

/**
 * Sums revenue per (account, currency, month) in primitive arrays (open addressing on a packed long
 * key): memory grows with accounts × months, never with the number of lines, and adding a line
 * allocates nothing.
 */
final class CellAccumulator {
    /** A free slot; a cell's key is held inverted ({@code ~key}, never 0), so a new table needs no filling. */
    private static final long EMPTY = 0L;
    private static final int FIRST_YEAR = 1900;
    private static final int SLOT = 4;

    /**
     * Slot i holds key, sum, record count and the bit set of the file's product lines at 4i..4i+3:
     * one probe touches one cache line.
     */
    private long[] table;
    private int capacity;
    private int size;
    /** The range of the cells' account indexes and months, kept as cells come (for {@link #forEachInOrder}). */
    private int maxAccount;
    private int firstMonth = Integer.MAX_VALUE;
    private int lastMonth;

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

    /**
     * Adds to a cell; {@code productLines} has bit i set for the file's i-th product line.
     *
     * @throws ArithmeticException when the cell's sum overflows
     */
    void add(long key, long amountE4, int count, long productLines) {
        int at = slot(key) * SLOT;
        if (table[at] == EMPTY) {
            maxAccount = Math.max(maxAccount, account(key));
            firstMonth = Math.min(firstMonth, monthIndex(key));
            lastMonth = Math.max(lastMonth, monthIndex(key));
            table[at] = ~key;
            table[at + 1] = amountE4;
            table[at + 2] = count;
            table[at + 3] = productLines;
            if (++size * 4 > capacity * 3) { // up to 3/4 full: half the memory of a table kept half empty
                grow();
            }
            return;
        }
        table[at + 1] = Math.addExact(table[at + 1], amountE4);
        table[at + 2] += count;
        table[at + 3] |= productLines;
    }

    int size() {
        return size;
    }

    /** Where a cell is held (for {@link #sumAt} and {@link #recordsAt}), or -1 when it holds nothing. */
    int find(long key) {
        int at = slot(key) * SLOT;
        return table[at] == EMPTY ? -1 : at;
    }

    long sumAt(int at) {
        return table[at + 1];
    }

    long recordsAt(int at) {
        return table[at + 2];
    }

    interface CellSink {
        void accept(long key, long amountE4, int records, long productLines);
    }

    void forEach(CellSink sink) {
        for (int at = 0; at < table.length; at += SLOT) {
            if (table[at] != EMPTY) {
                sink.accept(~table[at], table[at + 1], (int) table[at + 2], table[at + 3]);
            }
        }
    }

    /**
     * Every cell in the order of its account index, then its currency's {@code rank}, then month: with
     * accounts indexed in id order and currencies ranked alphabetically, the order the store keeps
     * cells in, so that it need not sort them. Each cell's place in that order is packed with its slot
     * into one long, so that a plain sort of longs orders them (no comparator, no second lookup).
     */
    void forEachInOrder(int[] rank, CellSink sink) {
        int rankBits = bits(rank.length - 1);
        int monthBits = bits(lastMonth - Math.min(firstMonth, lastMonth));
        int slotBits = bits(capacity - 1);
        // one loop per method: a cold JVM compiles a long loop while it runs only if it is its method's first
        if (bits(maxAccount) + rankBits + monthBits + slotBits <= 63) {
            long[] order = packedPlaces(rank, rankBits, monthBits, slotBits);
            java.util.Arrays.sort(order);
            emitBySlot(order, (1L << slotBits) - 1, sink);
        } else {
            long[] order = rankedKeys(rank);
            java.util.Arrays.sort(order);
            emitByRankedKey(order, rank, sink);
        }
    }

    /** Each cell's place (account, currency rank, month) and slot, packed so that longs sort in that order. */
    private long[] packedPlaces(int[] rank, int rankBits, int monthBits, int slotBits) {
        long[] order = new long[size];
        int n = 0;
        for (int at = 0, slot = 0; at < table.length; at += SLOT, slot++) {
            if (table[at] != EMPTY) {
                long key = ~table[at];
                order[n++] = (((long) account(key) << rankBits | rank[currency(key)]) << monthBits
                        | monthIndex(key) - firstMonth) << slotBits | slot;
            }
        }
        return order;
    }

    private void emitBySlot(long[] order, long slotMask, CellSink sink) {
        for (long place : order) {
            int at = (int) (place & slotMask) * SLOT;
            sink.accept(~table[at], table[at + 1], (int) table[at + 2], table[at + 3]);
        }
    }

    /** Each cell's key with its currency's rank in place of the currency: longs that sort in the order. */
    private long[] rankedKeys(int[] rank) {
        long[] order = new long[size];
        int n = 0;
        for (int at = 0; at < table.length; at += SLOT) {
            if (table[at] != EMPTY) {
                order[n++] = withCurrency(~table[at], rank[currency(~table[at])]);
            }
        }
        return order;
    }

    private void emitByRankedKey(long[] order, int[] rank, CellSink sink) {
        int[] currencyOfRank = new int[rank.length];
        for (int c = 0; c < rank.length; c++) {
            currencyOfRank[rank[c]] = c;
        }
        for (long ranked : order) {
            int at = find(withCurrency(ranked, currencyOfRank[currency(ranked)]));
            sink.accept(~table[at], table[at + 1], (int) table[at + 2], table[at + 3]);
        }
    }

    private static long withCurrency(long key, int currency) {
        return key & ~(0xFFFL << 20) | (long) currency << 20;
    }

    private static int monthIndex(long key) {
        return (int) (key & 0xFFFFF);
    }

    /** How many bits hold {@code max} (0 for 0). */
    private static int bits(long max) {
        return 64 - Long.numberOfLeadingZeros(max);
    }

    private int slot(long key) {
        int mask = capacity - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ h >>> 32) & mask;
        long held = ~key;
        while (table[i * SLOT] != EMPTY && table[i * SLOT] != held) {
            i = i + 1 & mask;
        }
        return i;
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[slots * SLOT];
        size = 0;
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at] != EMPTY) {
                int to = slot(~old[at]) * SLOT;
                table[to] = old[at];
                table[to + 1] = old[at + 1];
                table[to + 2] = old[at + 2];
                table[to + 3] = old[at + 3];
                size++;
            }
        }
    }
}
