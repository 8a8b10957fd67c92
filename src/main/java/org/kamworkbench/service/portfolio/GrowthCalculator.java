package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Growth of accounts, groups and currencies. Sums are of net revenue (credit notes included) of
 * every account not lost. Real growth deflates each account's current revenue by the inflation of
 * its currency, else of its region, in the year the period ends; a group's real growth is
 * Σ current/(1 + inflation) / Σ previous − 1, and is unavailable when any account with revenue in
 * it has no inflation rate.
 */
final class GrowthCalculator {
    private final PortfolioData data;
    private final PeriodRevenue current;
    private final PeriodRevenue previous;
    private final boolean[] lost;
    private final int inflationYear;
    /** Per account 1 + inflation, NaN when unknown; null without a previous period (no growth at all). */
    private final double[] deflator;
    private final Set<String> scopesWithoutInflation = new TreeSet<>();

    GrowthCalculator(PortfolioData data, PeriodRevenue current, PeriodRevenue previous, boolean[] lost,
                     int inflationYear) {
        this.data = data;
        this.current = current;
        this.previous = previous;
        this.lost = lost;
        this.inflationYear = inflationYear;
        this.deflator = previous == null ? null : deflators();
    }

    private double[] deflators() {
        GroupIndex byCurrency = data.groups(Dimension.CURRENCY);
        GroupIndex byRegion = data.groups(Dimension.REGION);
        double[] currencyRate = inflationOf(byCurrency.keys);
        double[] regionRate = inflationOf(byRegion.keys);
        double[] result = new double[data.accounts.length];
        for (int a = 0; a < result.length; a++) {
            double rate = currencyRate[byCurrency.codeOf[a]];
            result[a] = Double.isNaN(rate) ? regionRate[byRegion.codeOf[a]] : rate;
        }
        return result;
    }

    /** Per scope key, 1 + inflation of {@link #inflationYear}; NaN when the table has none. */
    private double[] inflationOf(String[] scopes) {
        double[] factors = new double[scopes.length];
        for (int i = 0; i < scopes.length; i++) {
            factors[i] = deflatorOf(scopes[i]);
        }
        return factors;
    }

    private double deflatorOf(String scope) {
        Map<Integer, BigDecimal> byYear = data.inflation.get(scope.toUpperCase(java.util.Locale.ROOT));
        BigDecimal percent = byYear == null ? null : byYear.get(inflationYear);
        return percent == null ? Double.NaN : 1 + percent.doubleValue() / 100;
    }

    boolean previousAvailable() {
        return previous != null;
    }

    /** The growth of every group of an index, by group code. */
    Growth[] byGroup(GroupIndex groups) {
        return sums(groups.codeOf, groups.groupCount());
    }

    Growth overall() {
        return sums(new int[data.accounts.length], 1)[0];
    }

    Growth ofAccount(int a) {
        if (previous == null) {
            return Growth.of(current.money(a), current.value[a], null, Double.NaN, Double.NaN, Double.NaN);
        }
        return Growth.of(current.money(a), current.value[a], previous.money(a), previous.value[a], constantOf(a),
                current.value[a] / deflator[a]);
    }

    Growth ofCurrency(int c) {
        BigDecimal cur = data.money(current.currencyHi[c], current.currencyLo[c]);
        double curValue = data.value(current.currencyHi[c], current.currencyLo[c]);
        if (previous == null) {
            return Growth.of(cur, curValue, null, Double.NaN, Double.NaN, Double.NaN);
        }
        double constant = previous.currencyAtConstantRates == null ? Double.NaN : previous.currencyAtConstantRates[c];
        return Growth.of(cur, curValue, data.money(previous.currencyHi[c], previous.currencyLo[c]),
                data.value(previous.currencyHi[c], previous.currencyLo[c]), constant,
                curValue / deflatorOf(data.currencies[c]));
    }

    /** Scopes (currency, or region when the currency has none) lacking inflation for the year. */
    Set<String> scopesWithoutInflation() {
        return scopesWithoutInflation;
    }

    int inflationYear() {
        return inflationYear;
    }

    private double constantOf(int a) {
        return previous == null || previous.atConstantRates == null ? Double.NaN : previous.atConstantRates[a];
    }

    private Growth[] sums(int[] codeOf, int groupCount) {
        long[] curHi = new long[groupCount];
        long[] curLo = new long[groupCount];
        long[] prevHi = new long[groupCount];
        long[] prevLo = new long[groupCount];
        double[] constant = new double[groupCount];
        double[] deflated = new double[groupCount];
        GroupIndex byCurrency = data.groups(Dimension.CURRENCY);
        GroupIndex byRegion = data.groups(Dimension.REGION);
        for (int a = 0; a < codeOf.length; a++) {
            if (lost != null && lost[a]) {
                continue;
            }
            int g = codeOf[a];
            Int128.add(curHi, curLo, g, current.hi[a], current.lo[a]);
            if (previous != null) {
                Int128.add(prevHi, prevLo, g, previous.hi[a], previous.lo[a]);
                constant[g] += constantOf(a);
                boolean hasRevenue = current.signum(a) != 0 || previous.signum(a) != 0;
                if (hasRevenue && Double.isNaN(deflator[a])) {
                    scopesWithoutInflation.add(byCurrency.keys[byCurrency.codeOf[a]] + " / "
                            + byRegion.keys[byRegion.codeOf[a]]);
                }
                deflated[g] += hasRevenue ? current.value[a] / deflator[a] : 0;
            }
        }
        Growth[] result = new Growth[groupCount];
        for (int g = 0; g < groupCount; g++) {
            BigDecimal prev = previous == null ? null : data.money(prevHi[g], prevLo[g]);
            result[g] = Growth.of(data.money(curHi[g], curLo[g]), data.value(curHi[g], curLo[g]), prev,
                    data.value(prevHi[g], prevLo[g]), constant[g], deflated[g]);
        }
        return result;
    }
}
