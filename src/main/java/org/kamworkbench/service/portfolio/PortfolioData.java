package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.fx.FxTable;

/**
 * The portfolio of one workspace state, in memory and array-based, built once by
 * {@link PortfolioLoader}: the accounts and, per account and original currency (a "series"), the
 * revenue of every month as stored (exact E4), with the rate of every currency and month in fixed
 * point, so that analyses convert exactly (128-bit, scale {@link #valueScale}) as they sum.
 * Immutable and safe to share between threads; every analysis reads it without copying.
 */
public final class PortfolioData {
    static final long NO_RATE = Long.MIN_VALUE;

    final String reportingCurrency;
    final Account[] accounts;
    /** Rank of each account's external id in ascending order: the Pareto tie-break. */
    final int[] idRank;
    /** The inverse of {@link #idRank}: the account at each external-id rank. */
    final int[] accountByIdRank;
    final Map<String, Integer> indexByExternalId;
    final Map<String, String> regionByCountry;

    /** First month (see {@link Months}) of the ledger; -1 when there is no revenue at all. */
    final int firstMonth;
    final int monthCount;
    final boolean[] monthHasRevenue;

    final String[] currencies;
    /** Converted values are integers in units of 10^-valueScale of the reporting currency. */
    final int valueScale;
    /** 10^valueScale as a double: dividing by it converts an exact value into currency units. */
    final double valueDivisor;
    /** For rates outside the months of the ledger (constant-FX growth of a partly covered period). */
    final FxTable fx;
    /** Per currency × month: the rate × 10^(valueScale − 4), or {@link #NO_RATE}. */
    final long[] rateUnscaled;
    final double[] rate;
    /** Per currency × month: true when revenue exists there but no rate converts it. */
    final boolean[] unconverted;

    final int seriesCount;
    final int[] seriesAccount;
    final int[] seriesCurrency;
    /**
     * Per series × month, the net amount in the original currency (E4). Converting it costs one
     * 64 × 64-bit multiplication by the month's rate, cheaper than storing the 128-bit product.
     */
    final long[] originalE4;

    /** Inflation percent by upper-case scope (currency code or region) and year. */
    final Map<String, Map<Integer, BigDecimal>> inflation;

    private final GroupIndex[] groupIndexes = new GroupIndex[Dimension.values().length];

    PortfolioData(String reportingCurrency, Account[] accounts, int[] idRank, Map<String, Integer> indexByExternalId,
                  Map<String, String> regionByCountry, int firstMonth, int monthCount, boolean[] monthHasRevenue,
                  String[] currencies, int valueScale, FxTable fx, long[] rateUnscaled, double[] rate,
                  boolean[] unconverted, int seriesCount, int[] seriesAccount, int[] seriesCurrency,
                  long[] originalE4, Map<String, Map<Integer, BigDecimal>> inflation) {
        this.reportingCurrency = reportingCurrency;
        this.accounts = accounts;
        this.idRank = idRank;
        this.accountByIdRank = new int[idRank.length];
        for (int a = 0; a < idRank.length; a++) {
            accountByIdRank[idRank[a]] = a;
        }
        this.indexByExternalId = indexByExternalId;
        this.regionByCountry = regionByCountry;
        this.firstMonth = firstMonth;
        this.monthCount = monthCount;
        this.monthHasRevenue = monthHasRevenue;
        this.currencies = currencies;
        this.valueScale = valueScale;
        this.valueDivisor = Double.parseDouble("1e" + valueScale);
        this.fx = fx;
        this.rateUnscaled = rateUnscaled;
        this.rate = rate;
        this.unconverted = unconverted;
        this.seriesCount = seriesCount;
        this.seriesAccount = seriesAccount;
        this.seriesCurrency = seriesCurrency;
        this.originalE4 = originalE4;
        this.inflation = inflation;
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    public int accountCount() {
        return accounts.length;
    }

    /** The account at an index (0 ≤ index &lt; {@link #accountCount()}); indices are what analyses return. */
    public Account account(int index) {
        return accounts[index];
    }

    public List<Account> accounts() {
        return Collections.unmodifiableList(Arrays.asList(accounts));
    }

    /** The index of the account with this external id, or -1. */
    public int indexOf(String externalId) {
        Integer index = indexByExternalId.get(externalId);
        return index == null ? -1 : index;
    }

    public boolean hasRevenue() {
        return firstMonth >= 0;
    }

    /** The first month holding revenue, or null when there is none. */
    public YearMonth firstMonthWithRevenue() {
        return hasRevenue() ? Months.toYearMonth(firstMonth) : null;
    }

    /** The last month holding revenue, or null when there is none. */
    public YearMonth lastMonthWithRevenue() {
        return hasRevenue() ? Months.toYearMonth(firstMonth + monthCount - 1) : null;
    }

    /**
     * The latest complete year, the one a KAM reviews against the year before: the last year whose
     * December holds revenue, else the year before the last one (the last is still running), else the
     * only year there is. Null when there is no revenue.
     */
    public Integer latestCompleteYear() {
        if (!hasRevenue()) {
            return null;
        }
        YearMonth first = firstMonthWithRevenue();
        YearMonth last = lastMonthWithRevenue();
        return last.getMonthValue() == 12 || first.getYear() == last.getYear() ? last.getYear() : last.getYear() - 1;
    }

    /** The original currencies revenue was recorded in, ascending. */
    public List<String> currencies() {
        return List.of(currencies);
    }

    /** True when any account has revenue in the month (an absolute {@link Months} index). */
    boolean hasRevenueIn(int month) {
        int m = month - firstMonth;
        return m >= 0 && m < monthCount && monthHasRevenue[m];
    }

    boolean hasRevenueBetween(int fromMonth, int toMonth) {
        for (int m = Math.max(fromMonth, firstMonth); m <= toMonth; m++) {
            if (hasRevenueIn(m)) {
                return true;
            }
        }
        return false;
    }

    /** The rate of a currency in a month (absolute {@link Months} index) as a double; NaN when none. */
    double rateOf(int currency, int month) {
        int m = month - firstMonth;
        if (m >= 0 && m < monthCount) {
            return rate[currency * monthCount + m];
        }
        java.math.BigDecimal r = fx.rateOrNull(currencies[currency], Months.year(month), Months.month(month));
        return r == null ? Double.NaN : r.doubleValue();
    }

    /** Exact value of a 128-bit amount in the reporting currency. */
    BigDecimal money(long hi, long lo) {
        return Int128.toBigDecimal(hi, lo, valueScale).stripTrailingZeros();
    }

    /** A 128-bit amount in reporting-currency units, as a double. */
    double value(long hi, long lo) {
        return Int128.toDouble(hi, lo) / valueDivisor;
    }

    /** The accounts grouped by a dimension; computed once per dimension. */
    GroupIndex groups(Dimension dimension) {
        synchronized (groupIndexes) {
            GroupIndex index = groupIndexes[dimension.ordinal()];
            if (index == null) {
                index = GroupIndex.build(this, dimension);
                groupIndexes[dimension.ordinal()] = index;
            }
            return index;
        }
    }

    /** The group key of an account in a dimension ({@link Dimension#NONE} when the attribute is empty). */
    public String groupOf(int accountIndex, Dimension dimension) {
        GroupIndex index = groups(dimension);
        return index.keys[index.codeOf[accountIndex]];
    }
}
