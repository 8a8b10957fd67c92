package org.kamworkbench.service.imports.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.port.RevenueRepository;

/** Revenue cells in a map, with the store's write semantics (replace empties the covered months). */
public final class MemoryRevenue implements RevenueRepository {
    private final Map<String, RevenueCell> cells = new TreeMap<>();
    public int writes;
    public Set<Integer> lastCovered;
    public RevenueMode lastMode;

    @Override
    public void forEachCell(Consumer<RevenueCell> sink) {
        new ArrayList<>(cells.values()).forEach(sink);
    }

    @Override
    public List<Integer> monthsWithRevenue() {
        TreeSet<Integer> months = new TreeSet<>();
        cells.values().forEach(c -> months.add(c.periodKey()));
        return new ArrayList<>(months);
    }

    @Override
    public void write(List<RevenueCell> newCells, Set<Integer> coveredMonths, RevenueMode mode) {
        writes++;
        lastCovered = Set.copyOf(coveredMonths);
        lastMode = mode;
        if (mode == RevenueMode.REPLACE) {
            cells.values().removeIf(c -> coveredMonths.contains(c.periodKey()));
        }
        for (RevenueCell c : newCells) {
            cells.merge(key(c), c, (a, b) -> new RevenueCell(a.accountId(), a.currency(), a.year(), a.month(),
                    a.amountE4() + b.amountE4(), a.records() + b.records()));
        }
    }

    /** The stored cell, or null. */
    public RevenueCell cell(long accountId, String currency, int year, int month) {
        return cells.get(key(accountId, currency, year, month));
    }

    public List<RevenueCell> all() {
        return new ArrayList<>(cells.values());
    }

    /** Sum of all amounts of a currency, in units of 1/10 000. */
    public long totalE4(String currency) {
        return cells.values().stream().filter(c -> c.currency().equals(currency)).mapToLong(RevenueCell::amountE4).sum();
    }

    private static String key(RevenueCell c) {
        return key(c.accountId(), c.currency(), c.year(), c.month());
    }

    private static String key(long account, String currency, int year, int month) {
        return account + "|" + currency + "|" + year + "|" + month;
    }
}
