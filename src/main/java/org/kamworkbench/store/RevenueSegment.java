package org.kamworkbench.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kamworkbench.domain.RevenueCell;

/**
 * The stored form of one year of revenue: every (account, currency, month) cell of that year in one
 * compact binary value, sorted by account, currency and month. One value per year instead of one
 * row per account-year is what makes importing and loading a portfolio cheap: H2 pays tens of
 * microseconds per row, and the analyses always read whole years anyway. Amounts stay exact
 * (units of 1/10 000, as {@link RevenueCell#amountE4()}).
 * <p>Layout (version 2): magic "KAMR", format, cell count, the currency codes, the product lines,
 * then per cell: account id as the difference to the previous cell's, currency index, month,
 * amount (zig-zag), records, the number of its product lines and their indexes. Integers are
 * unsigned LEB128 varints. Version 1 (no product lines) is still read.
 */
final class RevenueSegment {
    /** Account, currency, month: the order of the cells in a segment (a plain class: it sorts millions). */
    static final Comparator<RevenueCell> ORDER = new CellOrder();
    private static final byte[] MAGIC = "KAMR".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 2;
    private static final int FORMAT_WITHOUT_PRODUCT_LINES = 1;

    private RevenueSegment() {
    }

    /** Encodes cells of one year, given in {@link #ORDER}. */
    static byte[] encode(List<RevenueCell> cells) {
        Map<String, Integer> currencies = new LinkedHashMap<>();
        cells.forEach(c -> currencies.putIfAbsent(c.currency(), currencies.size()));
        Output out = new Output(16 + cells.size() * 9);
        out.bytes(MAGIC);
        out.varint(FORMAT);
        out.varint(cells.size());
        writeNames(out, currencies.keySet());
        // cells share their set of product lines (one object per combination): each set is looked at once
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<Set<String>, int[]> indexesOf = new IdentityHashMap<>();
        for (RevenueCell c : cells) {
            if (!indexesOf.containsKey(c.productLines())) {
                c.productLines().forEach(line -> lines.putIfAbsent(line, lines.size()));
                indexesOf.put(c.productLines(), null);
            }
        }
        writeNames(out, lines.keySet());
        indexesOf.replaceAll((set, none) -> set.stream().mapToInt(lines::get).toArray());
        long previousAccount = 0;
        String currency = null; // neighbours mostly share currency and product lines: looked up once per run
        int currencyIndex = 0;
        Set<String> lineSet = null;
        int[] indexes = null;
        for (RevenueCell c : cells) {
            out.varint(c.accountId() - previousAccount);
            previousAccount = c.accountId();
            if (!c.currency().equals(currency)) {
                currency = c.currency();
                currencyIndex = currencies.get(currency);
            }
            out.varint(currencyIndex);
            out.varint(c.month());
            out.varint((c.amountE4() << 1) ^ (c.amountE4() >> 63));
            out.varint(c.records());
            if (c.productLines() != lineSet) {
                lineSet = c.productLines();
                indexes = indexesOf.get(lineSet);
            }
            out.varint(indexes.length);
            for (int index : indexes) {
                out.varint(index);
            }
        }
        return out.toByteArray();
    }

    private static void writeNames(Output out, java.util.Collection<String> names) {
        out.varint(names.size());
        for (String name : names) {
            byte[] text = name.getBytes(StandardCharsets.UTF_8);
            out.varint(text.length);
            out.bytes(text);
        }
    }

    private static String[] readNames(Input in) {
        String[] names = new String[(int) in.varint()];
        for (int i = 0; i < names.length; i++) {
            int length = (int) in.varint();
            names[i] = new String(in.data, in.at, length, StandardCharsets.UTF_8);
            in.at += length;
        }
        return names;
    }

    /** Decodes a value written by {@link #encode}, handing the cells over in {@link #ORDER}. */
    static void decode(byte[] data, int year, Consumer<RevenueCell> sink) {
        decode(data, year, sink, true);
    }

    /** Decodes, leaving every cell's product lines empty unless {@code productLines}. */
    static void decode(byte[] data, int year, Consumer<RevenueCell> sink, boolean productLines) {
        Input in = new Input(data);
        for (byte b : MAGIC) {
            if (in.data[in.at++] != b) {
                throw new IllegalStateException("The stored revenue of " + year + " is not in a known format.");
            }
        }
        int format = (int) in.varint();
        if (format != FORMAT && format != FORMAT_WITHOUT_PRODUCT_LINES) {
            throw new IllegalStateException("The stored revenue of " + year + " has format " + format
                    + ", which this version cannot read; update KAM Workbench.");
        }
        int count = (int) in.varint();
        String[] currencies = readNames(in);
        String[] lines = format == FORMAT ? readNames(in) : new String[0];
        LineSets lineSets = new LineSets(lines);
        long account = 0;
        for (int i = 0; i < count; i++) {
            account += in.varint();
            String currency = currencies[(int) in.varint()];
            int month = (int) in.varint();
            long zigzag = in.varint();
            long amount = (zigzag >>> 1) ^ -(zigzag & 1);
            int records = (int) in.varint();
            Set<String> lineSet = Set.of();
            if (format == FORMAT) {
                lineSet = productLines ? lineSets.read(in) : LineSets.skip(in);
            }
            sink.accept(new RevenueCell(account, currency, year, month, amount, records, lineSet));
        }
    }

    /** Reads a cell's product lines, sharing one set object per combination (cells repeat a few of them). */
    private static final class LineSets {
        private final String[] names;
        private final Map<Long, Set<String>> byMask = new HashMap<>();

        LineSets(String[] names) {
            this.names = names;
        }

        Set<String> read(Input in) {
            int count = (int) in.varint();
            if (count == 0) {
                return Set.of();
            }
            long mask = 0;
            List<Integer> indexes = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                int index = (int) in.varint();
                indexes.add(index);
                mask |= 1L << index;
            }
            return names.length <= Long.SIZE ? byMask.computeIfAbsent(mask, m -> namesAt(indexes))
                    : namesAt(indexes);
        }

        static Set<String> skip(Input in) {
            for (int j = (int) in.varint(); j > 0; j--) {
                in.varint();
            }
            return Set.of();
        }

        private Set<String> namesAt(List<Integer> indexes) {
            Set<String> set = new java.util.TreeSet<>();
            indexes.forEach(i -> set.add(names[i]));
            return java.util.Collections.unmodifiableSet(set);
        }
    }

    static List<RevenueCell> decode(byte[] data, int year) {
        List<RevenueCell> cells = new ArrayList<>();
        decode(data, year, cells::add);
        return cells;
    }

    /**
     * Sorts cells into {@link #ORDER}. A comparator sort of a few hundred thousand cells costs a large
     * part of an import; so each cell's position in the order is packed with its index into a long and
     * the longs are sorted, whenever ids and count fit in 63 bits (they do for any real workspace).
     */
    static void sort(List<RevenueCell> cells) {
        int n = cells.size();
        List<String> currencies = cells.stream().map(RevenueCell::currency).distinct().sorted().toList();
        Map<String, Integer> rank = new HashMap<>();
        currencies.forEach(c -> rank.put(c, rank.size()));
        long maxAccount = 0;
        for (RevenueCell c : cells) {
            maxAccount = c.accountId() < 0 ? Long.MAX_VALUE / 2 : Math.max(maxAccount, c.accountId());
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        int keyBits = 64 - Long.numberOfLeadingZeros(Math.multiplyHigh(maxAccount + 1, 12L * currencies.size()) == 0
                ? (maxAccount + 1) * 12L * currencies.size() : Long.MAX_VALUE);
        if (n < 2 || keyBits + indexBits > 63) {
            cells.sort(ORDER);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            RevenueCell c = cells.get(i);
            long position = (c.accountId() * currencies.size() + rank.get(c.currency())) * 12 + c.month() - 1;
            packed[i] = position << indexBits | i;
        }
        Arrays.sort(packed);
        long indexMask = (1L << indexBits) - 1;
        RevenueCell[] sorted = new RevenueCell[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = cells.get((int) (packed[i] & indexMask));
        }
        for (int i = 0; i < n; i++) {
            cells.set(i, sorted[i]);
        }
    }

    /** True when the cells are in {@link #ORDER} (equal neighbours allowed). */
    static boolean inOrder(List<RevenueCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            if (ORDER.compare(cells.get(i - 1), cells.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the cells are in {@link #ORDER} and no two share account, currency and month. */
    static boolean strictlyInOrder(List<RevenueCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            if (ORDER.compare(cells.get(i - 1), cells.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Bit m-1 set when month m holds a cell with records. */
    static int monthMask(List<RevenueCell> cells) {
        int mask = 0;
        for (RevenueCell c : cells) {
            mask |= 1 << (c.month() - 1);
        }
        return mask;
    }

    private static final class CellOrder implements Comparator<RevenueCell> {
        @Override
        public int compare(RevenueCell a, RevenueCell b) {
            int order = Long.compare(a.accountId(), b.accountId());
            if (order == 0) {
                order = a.currency().compareTo(b.currency());
            }
            return order != 0 ? order : Integer.compare(a.month(), b.month());
        }
    }

    /** A growing byte array (ByteArrayOutputStream synchronises every single byte). */
    private static final class Output {
        private byte[] buffer;
        private int size;

        Output(int capacity) {
            buffer = new byte[Math.max(16, capacity)];
        }

        void bytes(byte[] b) {
            for (byte x : b) {
                put(x);
            }
        }

        void varint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                put((byte) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            put((byte) v);
        }

        private void put(byte b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private static final class Input {
        private final byte[] data;
        private int at;

        Input(byte[] data) {
            this.data = data;
        }

        long varint() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = data[at++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }
    }
}
