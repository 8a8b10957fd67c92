package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.fx.FxTable;

/**
 * Builds {@link PortfolioData}: buffers the month cells in primitive arrays (their month range is
 * only known at the end), then lays out one row of months per account and currency, and the rate
 * of every currency and month (monthly if present, else yearly — {@link FxTable}) in fixed point.
 * Months with revenue but no rate are flagged: an analysis touching them fails naming the currency
 * and month, one that does not is unaffected.
 */
public final class PortfolioLoader {
    private PortfolioLoader() {
    }

    /** @param cells calls its argument once per stored revenue cell (e.g. {@code revenue::forEachCell}) */
    public static PortfolioData load(List<Account> accountList, Consumer<Consumer<RevenueCell>> cells,
                                     List<FxRate> fxRates, List<InflationRate> inflationRates,
                                     WorkspaceSettings settings) {
        return load(accountList, CellBuffer.of(cells), fxRates, inflationRates, settings);
    }

    /** As above, with the cells already buffered (by {@link CellBuffer#of}, perhaps on another thread). */
    static PortfolioData load(List<Account> accountList, CellBuffer buffer, List<FxRate> fxRates,
                              List<InflationRate> inflationRates, WorkspaceSettings settings) {
        Account[] accounts = accountList.toArray(new Account[0]);
        AccountLookup lookup = new AccountLookup(accounts);
        buffer.resolveAccounts(lookup);

        String[] currencies = buffer.sortedCurrencies();
        int firstMonth = buffer.size == 0 ? -1 : buffer.minMonth;
        int monthCount = buffer.size == 0 ? 0 : buffer.maxMonth - buffer.minMonth + 1;
        int rateScale = rateScale(fxRates);
        FxTable fx = new FxTable(settings.reportingCurrency(), fxRates);
        RateGrid rates = new RateGrid(fx, currencies, firstMonth, monthCount, rateScale);

        Series series = Series.assign(buffer, accounts.length);
        int cellsPerSeries = monthCount;
        long[] original = new long[series.count * cellsPerSeries];
        boolean[] unconverted = new boolean[currencies.length * monthCount];
        boolean[] monthHasRevenue = new boolean[monthCount];
        for (int i = 0; i < buffer.size; i++) {
            int m = buffer.month[i] - firstMonth;
            int c = buffer.currency[i];
            int at = series.ofCell[i] * cellsPerSeries + m;
            original[at] = Math.addExact(original[at], buffer.amount[i]);
            monthHasRevenue[m] = true;
            if (rates.unscaled[c * monthCount + m] == PortfolioData.NO_RATE) {
                unconverted[c * monthCount + m] = true;
            }
        }
        return new PortfolioData(settings.reportingCurrency(), accounts, idRanks(accounts, lookup.byExternalId),
                lookup.byExternalId, settings.regionByCountry(), firstMonth, monthCount, monthHasRevenue, currencies,
                4 + rateScale, fx, rates.unscaled, rates.values, unconverted, series.count, series.account,
                series.currency, original, inflation(inflationRates));
    }

    /** The fewest decimals that hold every rate exactly. */
    private static int rateScale(List<FxRate> fxRates) {
        int scale = 0;
        for (FxRate r : fxRates) {
            scale = Math.max(scale, r.rate().stripTrailingZeros().scale());
        }
        return scale;
    }

    /** Each account's rank by external id (unique in a workspace), sorting the ids as plain strings. */
    private static int[] idRanks(Account[] accounts, Map<String, Integer> indexByExternalId) {
        String[] ids = new String[accounts.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = accounts[i].externalId();
        }
        Arrays.sort(ids);
        int[] rank = new int[accounts.length];
        for (int r = 0; r < ids.length; r++) {
            rank[indexByExternalId.get(ids[r])] = r;
        }
        return rank;
    }

    private static Map<String, Map<Integer, BigDecimal>> inflation(List<InflationRate> rates) {
        Map<String, Map<Integer, BigDecimal>> byScope = new HashMap<>();
        for (InflationRate r : rates) {
            byScope.computeIfAbsent(r.scope().trim().toUpperCase(Locale.ROOT), k -> new TreeMap<>())
                    .put(r.year(), r.percent());
        }
        return byScope;
    }

    /** Workspace account id → index: a direct table when ids are dense (the usual identity column). */
    private static final class AccountLookup {
        private final long minId;
        private final int[] dense;
        private final Map<Long, Integer> sparse;
        final Map<String, Integer> byExternalId = new HashMap<>();

        AccountLookup(Account[] accounts) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < accounts.length; i++) {
                min = Math.min(min, accounts[i].id());
                max = Math.max(max, accounts[i].id());
                byExternalId.put(accounts[i].externalId(), i);
            }
            minId = min;
            boolean isDense = accounts.length > 0 && max - min < 4L * accounts.length + 1024;
            dense = isDense ? new int[(int) (max - min + 1)] : null;
            sparse = isDense ? null : new HashMap<>();
            if (isDense) {
                Arrays.fill(dense, -1);
            }
            for (int i = 0; i < accounts.length; i++) {
                if (isDense) {
                    dense[(int) (accounts[i].id() - minId)] = i;
                } else {
                    sparse.put(accounts[i].id(), i);
                }
            }
        }

        int indexOf(long id) {
            int index;
            if (dense != null) {
                long at = id - minId;
                index = at < 0 || at >= dense.length ? -1 : dense[(int) at];
            } else {
                index = sparse.getOrDefault(id, -1);
            }
            if (index < 0) {
                throw new IllegalStateException("Revenue of account id " + id + ", which does not exist.");
            }
            return index;
        }
    }

    /** Per currency × month: the rate in fixed point and as a double. */
    private static final class RateGrid {
        final long[] unscaled;
        final double[] values;

        RateGrid(FxTable fx, String[] currencies, int firstMonth, int monthCount, int scale) {
            unscaled = new long[currencies.length * monthCount];
            values = new double[unscaled.length];
            for (int c = 0; c < currencies.length; c++) {
                for (int m = 0; m < monthCount; m++) {
                    int month = firstMonth + m;
                    BigDecimal rate = fx.rateOrNull(currencies[c], Months.year(month), Months.month(month));
                    int at = c * monthCount + m;
                    unscaled[at] = rate == null ? PortfolioData.NO_RATE : fixedPoint(rate, scale, currencies[c], month);
                    values[at] = rate == null ? Double.NaN : rate.doubleValue();
                }
            }
        }

        private static long fixedPoint(BigDecimal rate, int scale, String currency, int month) {
            try {
                return rate.setScale(scale).unscaledValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new PortfolioInputException("portfolio.rateTooLarge", rate.toPlainString(), currency,
                        Months.toYearMonth(month));
            }
        }
    }

    /** The cells as read, in primitive arrays; their accounts by workspace id until {@link #resolveAccounts}. */
    static final class CellBuffer {
        int size;
        private long[] accountId = new long[1024];
        int[] account;
        int[] currency = new int[1024];
        int[] month = new int[1024];
        long[] amount = new long[1024];
        int minMonth = Integer.MAX_VALUE;
        int maxMonth = Integer.MIN_VALUE;
        private final Map<String, Integer> currencyIndex = new HashMap<>();
        private String[] currencyNames = new String[8];

        static CellBuffer of(Consumer<Consumer<RevenueCell>> cells) {
            CellBuffer buffer = new CellBuffer();
            cells.accept(buffer::add);
            return buffer;
        }

        void add(RevenueCell cell) {
            if (size == accountId.length) {
                int capacity = size * 2;
                accountId = Arrays.copyOf(accountId, capacity);
                currency = Arrays.copyOf(currency, capacity);
                month = Arrays.copyOf(month, capacity);
                amount = Arrays.copyOf(amount, capacity);
            }
            int m = Months.index(cell.year(), cell.month());
            accountId[size] = cell.accountId();
            currency[size] = currencyIndex(cell.currency());
            month[size] = m;
            amount[size] = cell.amountE4();
            minMonth = Math.min(minMonth, m);
            maxMonth = Math.max(maxMonth, m);
            size++;
        }

        private int currencyIndex(String code) {
            Integer index = currencyIndex.get(code);
            if (index == null) {
                index = currencyIndex.size();
                currencyIndex.put(code, index);
                if (index == currencyNames.length) {
                    currencyNames = Arrays.copyOf(currencyNames, index * 2);
                }
                currencyNames[index] = code;
            }
            return index;
        }

        /** Each cell's account as its index among the loaded accounts (fails on revenue of an unknown id). */
        void resolveAccounts(AccountLookup lookup) {
            account = new int[size];
            for (int i = 0; i < size; i++) {
                account[i] = lookup.indexOf(accountId[i]);
            }
        }

        /** Renumbers the currencies in alphabetical order and returns their codes. */
        String[] sortedCurrencies() {
            int count = currencyIndex.size();
            String[] sorted = Arrays.copyOf(currencyNames, count);
            Arrays.sort(sorted);
            int[] newIndex = new int[count];
            for (int i = 0; i < count; i++) {
                newIndex[currencyIndex.get(sorted[i])] = i;
            }
            for (int i = 0; i < size; i++) {
                currency[i] = newIndex[currency[i]];
            }
            return sorted;
        }
    }

    /** One series per (account, currency) with revenue, numbered in order of first appearance. */
    private static final class Series {
        int count;
        int[] account;
        int[] currency;
        int[] ofCell;

        static Series assign(CellBuffer cells, int accountCount) {
            Series s = new Series();
            s.account = new int[Math.max(16, accountCount)];
            s.currency = new int[s.account.length];
            s.ofCell = new int[cells.size];
            int[] first = new int[accountCount];
            Arrays.fill(first, -1);
            int[] next = new int[s.account.length];
            for (int i = 0; i < cells.size; i++) {
                int a = cells.account[i];
                int c = cells.currency[i];
                int found = first[a];
                while (found >= 0 && s.currency[found] != c) {
                    found = next[found];
                }
                if (found < 0) {
                    if (s.count == s.account.length) {
                        s.account = Arrays.copyOf(s.account, s.count * 2);
                        s.currency = Arrays.copyOf(s.currency, s.count * 2);
                        next = Arrays.copyOf(next, s.count * 2);
                    }
                    found = s.count++;
                    s.account[found] = a;
                    s.currency[found] = c;
                    next[found] = first[a];
                    first[a] = found;
                }
                s.ofCell[i] = found;
            }
            return s;
        }
    }
}
