package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.fx.MissingRates;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.run.RowImport.Counts;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * Decides what the summed revenue does to the workspace: refuses months that already hold revenue
 * unless the user chose replace or add, counts new, changed and unchanged cells, finds the months no
 * FX rate converts, and writes: the accounts the file creates and the revenue in one transaction.
 */
final class RevenuePlanner {
    private CellAccumulator sums;
    private final BitSet covered;
    private final AccountIndex accounts;
    private final List<String> currencies;
    private final List<String> productLines;
    private final RevenueRepository repository;
    private final RevenueMode mode;
    private final Writer writer;
    private final MissingRates missingRates;
    private final List<RevenueCell> cells = new ArrayList<>();
    private final Set<Integer> coveredMonths = new TreeSet<>();

    RevenuePlanner(CellAccumulator sums, BitSet covered, AccountIndex accounts, List<String> currencies,
                   List<String> productLines, RevenueRepository repository, RevenueMode mode, Writer writer,
                   MissingRates missingRates) {
        this.sums = sums;
        this.productLines = productLines;
        this.covered = covered;
        this.accounts = accounts;
        this.currencies = currencies;
        this.repository = repository;
        this.mode = mode;
        this.writer = writer;
        this.missingRates = missingRates;
    }

    /**
     * Where created accounts go, the transaction that holds them with the revenue, and the checks of the reading
     * made again inside it ({@code recheck} throws to refuse).
     */
    record Writer(AccountRepository accounts, UnitOfWork unitOfWork, Runnable recheck) {
    }

    Counts plan(boolean writable) {
        for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
            coveredMonths.add((1900 + i / 12) * 100 + i % 12 + 1);
        }
        Map<Long, Set<String>> lineSets = new HashMap<>(); // one set object per combination
        BitSet[] monthsSeen = new BitSet[currencies.size()]; // each currency's months, for the rates they need
        // in the store's order (accounts are indexed in id order): it then only checks, not sorts, the cells
        sums.forEachInOrder(alphabeticalRanks(currencies), (key, amount, records, lines) -> {
            int currency = CellAccumulator.currency(key);
            int year = CellAccumulator.year(key);
            int month = CellAccumulator.month(key);
            cells.add(new RevenueCell(accounts.id(CellAccumulator.account(key)), currencies.get(currency), year,
                    month, amount, records, lines == 0 ? Set.of() : lineSets.computeIfAbsent(lines, this::productLinesOf)));
            BitSet seen = monthsSeen[currency] == null ? monthsSeen[currency] = new BitSet() : monthsSeen[currency];
            int monthIndex = (year - 1900) * 12 + month - 1;
            if (!seen.get(monthIndex)) {
                seen.set(monthIndex);
                missingRates.add(currencies.get(currency), year, month);
            }
        });
        TreeSet<Integer> occupied = new TreeSet<>(repository.monthsWithRevenue());
        occupied.retainAll(coveredMonths);
        if (writable && mode == RevenueMode.NEW_PERIODS_ONLY && !occupied.isEmpty()) {
            throw new ImportInputException("import.revenueStored", MonthRanges.describe(occupied));
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

    /** Each currency's position among the currencies sorted by code. */
    private static int[] alphabeticalRanks(List<String> currencies) {
        List<String> sorted = new ArrayList<>(currencies);
        Collections.sort(sorted);
        int[] rank = new int[currencies.size()];
        for (int c = 0; c < rank.length; c++) {
            rank[c] = sorted.indexOf(currencies.get(c));
        }
        return rank;
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

    List<MissingRateYears> missingRates() {
        return missingRates.missing();
    }

    /**
     * Writes in one transaction, which holds the workspace's write lock from its start: what another
     * import committed since {@link #plan} read the workspace is seen here. Accounts another import
     * created meanwhile are used, not created twice; and months it filled are refused as in plan
     * (unless replacing or adding), rather than silently added to; an account whose currency the lines took and
     * another writer changed refuses the import.
     */
    void write() {
        writer.unitOfWork().inTransaction(() -> {
            refuseMonthsFilledMeanwhile();
            writer.recheck().run();
            List<Account> created = accounts.created();
            Map<String, Long> idOf = new HashMap<>();
            if (!created.isEmpty()) {
                for (Account a : writer.accounts().findAll()) {
                    idOf.put(a.externalId(), a.id());
                }
                List<Account> stillNew = created.stream().filter(a -> !idOf.containsKey(a.externalId())).toList();
                writer.accounts().saveAll(stillNew, List.of());
                if (!stillNew.isEmpty()) {
                    for (Account a : writer.accounts().findAll()) {
                        idOf.put(a.externalId(), a.id());
                    }
                }
            }
            repository.write(created.isEmpty() ? cells : resolved(idOf), coveredMonths, mode);
        });
    }

    private List<RevenueCell> resolved(Map<String, Long> idOf) {
        List<RevenueCell> resolved = new ArrayList<>(cells.size());
        for (RevenueCell c : cells) {
            resolved.add(AccountIndex.isPlaceholder(c.accountId()) ? new RevenueCell(
                    idOf.get(accounts.externalIdOfPlaceholder(c.accountId())), c.currency(), c.year(), c.month(),
                    c.amountE4(), c.records(), c.productLines()) : c);
        }
        return resolved;
    }

    private void refuseMonthsFilledMeanwhile() {
        if (mode != RevenueMode.NEW_PERIODS_ONLY) {
            return;
        }
        TreeSet<Integer> occupied = new TreeSet<>(repository.monthsWithRevenue());
        occupied.retainAll(coveredMonths);
        if (!occupied.isEmpty()) {
            throw new ImportInputException("import.revenueStoredMeanwhile", MonthRanges.describe(occupied));
        }
    }
}
