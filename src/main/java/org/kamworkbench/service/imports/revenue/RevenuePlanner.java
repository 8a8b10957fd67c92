package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.run.RowImport.Counts;
import org.kamworkbench.service.port.RevenueRepository;

/**
 * Decides what the summed revenue does to the workspace: refuses months that already hold revenue
 * unless the user chose replace or add, counts new, changed and unchanged cells, and writes.
 */
final class RevenuePlanner {
    private CellAccumulator sums;
    private final BitSet covered;
    private final AccountIndex accounts;
    private final List<String> currencies;
    private final List<String> productLines;
    private final RevenueRepository repository;
    private final RevenueMode mode;
    private final List<RevenueCell> cells = new ArrayList<>();
    private final Set<Integer> coveredMonths = new TreeSet<>();

    RevenuePlanner(CellAccumulator sums, BitSet covered, AccountIndex accounts, List<String> currencies,
                   List<String> productLines, RevenueRepository repository, RevenueMode mode) {
        this.sums = sums;
        this.productLines = productLines;
        this.covered = covered;
        this.accounts = accounts;
        this.currencies = currencies;
        this.repository = repository;
        this.mode = mode;
    }

    Counts plan(boolean writable) {
        for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
            coveredMonths.add((1900 + i / 12) * 100 + i % 12 + 1);
        }
        Map<Long, Set<String>> lineSets = new HashMap<>(); // one set object per combination
        sums.forEach((key, amount, records, lines) -> cells.add(new RevenueCell(
                accounts.id(CellAccumulator.account(key)), currencies.get(CellAccumulator.currency(key)),
                CellAccumulator.year(key), CellAccumulator.month(key), amount, records,
                lines == 0 ? Set.of() : lineSets.computeIfAbsent(lines, this::productLinesOf))));
        TreeSet<Integer> occupied = new TreeSet<>(repository.monthsWithRevenue());
        occupied.retainAll(coveredMonths);
        if (writable && mode == RevenueMode.NEW_PERIODS_ONLY && !occupied.isEmpty()) {
            throw new ImportInputException("Revenue is already stored for " + MonthRanges.describe(occupied)
                    + ", which this file also covers. Choose to replace the revenue of those months with the "
                    + "file's (command line: --replace) or to add the file's revenue to it (--add).");
        }
        Counts counts = occupied.isEmpty() ? new Counts(cells.size(), 0, 0) : compareWithStored(occupied);
        sums = null;
        return counts;
    }

    /** Counts against the cells stored in the months both hold (only those can be updated). */
    private Counts compareWithStored(Set<Integer> occupied) {
        CellAccumulator stored = new CellAccumulator(); // primitive: hundreds of thousands of cells
        repository.forEachAmount(c -> {
            int account = accounts.byId(c.accountId());
            int currency = currencies.indexOf(c.currency());
            if (account >= 0 && currency >= 0 && occupied.contains(c.periodKey())) {
                stored.add(CellAccumulator.key(account, currency, c.year(), c.month()), c.amountE4(),
                        c.records(), 0);
            }
        });
        long[] counts = new long[3];
        sums.forEach((key, amount, records, lines) -> {
            int at = stored.find(key);
            if (at < 0) {
                counts[0]++;
            } else if (mode == RevenueMode.REPLACE && stored.sumAt(at) == amount && stored.recordsAt(at) == records) {
                counts[2]++;
            } else {
                counts[1]++;
            }
        });
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private Set<String> productLinesOf(long bits) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < productLines.size(); i++) {
            if ((bits & 1L << i) != 0) {
                names.add(productLines.get(i));
            }
        }
        return Collections.unmodifiableSet(names);
    }

    void write() {
        repository.write(cells, coveredMonths, mode);
    }
}
