package org.kamworkbench.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.port.RevenueRepository;

/**
 * Revenue in {@code revenue_segment}: one row per year holding every cell of that year in the
 * compact form of {@link RevenueSegment}, with a mask of the months that hold revenue.
 */
public final class RevenueStore implements RevenueRepository {
    private final Jdbi jdbi;

    public RevenueStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void forEachCell(Consumer<RevenueCell> sink) {
        read(sink, true);
    }

    @Override
    public void forEachAmount(Consumer<RevenueCell> sink) {
        read(sink, false);
    }

    @Override
    public Consumer<Consumer<RevenueCell>> readAmounts() {
        Map<Integer, byte[]> segments = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT period_year, cells FROM revenue_segment")
                .map((rs, ctx) -> {
                    segments.put(rs.getInt(1), rs.getBytes(2));
                    return Boolean.TRUE;
                })
                .forEach(ignored -> { }));
        return sink -> segments.forEach((year, cells) -> RevenueSegment.decode(cells, year, sink, false));
    }

    private void read(Consumer<RevenueCell> sink, boolean productLines) {
        jdbi.useHandle(h -> h.createQuery("SELECT period_year, cells FROM revenue_segment ORDER BY period_year")
                .map((rs, ctx) -> {
                    RevenueSegment.decode(rs.getBytes(2), rs.getInt(1), sink, productLines);
                    return Boolean.TRUE;
                })
                .forEach(ignored -> { }));
    }

    @Override
    public List<Integer> monthsWithRevenue() {
        TreeSet<Integer> months = new TreeSet<>();
        jdbi.useHandle(h -> h.createQuery("SELECT period_year, month_mask FROM revenue_segment")
                .map((rs, ctx) -> {
                    int year = rs.getInt(1);
                    int mask = rs.getInt(2);
                    for (int m = 1; m <= 12; m++) {
                        if ((mask & (1 << (m - 1))) != 0) {
                            months.add(year * 100 + m);
                        }
                    }
                    return year;
                })
                .list());
        return new ArrayList<>(months);
    }

    @Override
    public void write(List<RevenueCell> cells, Set<Integer> coveredMonths, RevenueMode mode) {
        Map<Integer, List<RevenueCell>> byYear = new TreeMap<>();
        cells.forEach(c -> byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c));
        Set<Integer> emptied = mode == RevenueMode.REPLACE ? coveredMonths : Set.of();
        Set<Integer> years = new TreeSet<>(byYear.keySet());
        emptied.forEach(period -> years.add(period / 100));
        Transactions.inTransaction(jdbi, "Writing revenue", h -> {
            Map<Integer, List<RevenueCell>> stored = new HashMap<>();
            for (int year : years) {
                stored.put(year, stored(h, year));
            }
            // sorting, merging and encoding one year is independent of the others: years side by side
            Map<Integer, Encoded> encoded = years.parallelStream().collect(Collectors.toMap(year -> year,
                    year -> Encoded.of(merge(stored.get(year), sorted(byYear.getOrDefault(year, List.of())), emptied))));
            for (int year : years) {
                h.createUpdate("DELETE FROM revenue_segment WHERE period_year = :year").bind("year", year).execute();
                Encoded segment = encoded.get(year);
                if (segment.cells() != null) {
                    h.createUpdate("INSERT INTO revenue_segment (period_year, month_mask, cells) "
                                    + "VALUES (:year, :mask, :cells)")
                            .bind("year", year)
                            .bind("mask", segment.monthMask())
                            .bind("cells", segment.cells())
                            .execute();
                }
            }
        });
    }

    /** A year's cells as stored: the months that hold revenue and the encoded cells (null: none). */
    private record Encoded(int monthMask, byte[] cells) {
        static Encoded of(List<RevenueCell> cells) {
            return cells.isEmpty() ? new Encoded(0, null)
                    : new Encoded(RevenueSegment.monthMask(cells), RevenueSegment.encode(cells));
        }
    }

    /** The cells in {@link RevenueSegment#ORDER}: an importer hands them over in that order already. */
    private static List<RevenueCell> sorted(List<RevenueCell> cells) {
        if (!RevenueSegment.inOrder(cells)) {
            RevenueSegment.sort(cells);
        }
        return cells;
    }

    private static List<RevenueCell> stored(Handle h, int year) {
        return h.createQuery("SELECT cells FROM revenue_segment WHERE period_year = :year")
                .bind("year", year)
                .mapTo(byte[].class)
                .findOne()
                .map(data -> RevenueSegment.decode(data, year))
                .orElse(List.of());
    }

    /**
     * The cells of a year after a write: the stored ones, less those in {@code emptied} months, plus
     * the added ones (summed where they meet the same account, currency and month). Both lists come
     * in {@link RevenueSegment#ORDER}, and so does the result.
     */
    static List<RevenueCell> merge(List<RevenueCell> stored, List<RevenueCell> added, Set<Integer> emptied) {
        List<RevenueCell> kept = new ArrayList<>(stored.size());
        for (RevenueCell c : stored) {
            if (!emptied.contains(c.periodKey())) {
                kept.add(c);
            }
        }
        if (kept.isEmpty() && RevenueSegment.strictlyInOrder(added)) {
            return added; // nothing to sum: a first import of the year
        }
        List<RevenueCell> merged = new ArrayList<>(kept.size() + added.size());
        int i = 0;
        int j = 0;
        while (i < kept.size() || j < added.size()) {
            boolean fromKept = j == added.size()
                    || i < kept.size() && RevenueSegment.ORDER.compare(kept.get(i), added.get(j)) <= 0;
            appendOrSum(merged, fromKept ? kept.get(i++) : added.get(j++));
        }
        return merged;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        Set<String> both = new java.util.TreeSet<>(a);
        both.addAll(b);
        return java.util.Collections.unmodifiableSet(both);
    }

    private static void appendOrSum(List<RevenueCell> cells, RevenueCell cell) {
        int last = cells.size() - 1;
        if (last >= 0 && RevenueSegment.ORDER.compare(cells.get(last), cell) == 0) {
            RevenueCell before = cells.get(last);
            cells.set(last, new RevenueCell(cell.accountId(), cell.currency(), cell.year(), cell.month(),
                    Math.addExact(before.amountE4(), cell.amountE4()), before.records() + cell.records(),
                    union(before.productLines(), cell.productLines())));
        } else {
            cells.add(cell);
        }
    }
}
