package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.fx.MissingRate;
import org.kamworkbench.service.fx.MissingRateException;

/**
 * Net revenue of every account in one period, exact (128-bit, see {@link Int128}) and as a double,
 * plus the totals per original currency of the accounts not lost. Optionally also each account's
 * revenue converted at the rates of another period of the same length (constant FX).
 */
final class PeriodRevenue {
    private static final double E4 = 10_000.0;
    final PortfolioData data;
    final AnalysedPeriod period;
    final long[] hi;
    final long[] lo;
    final double[] value;
    final long[] currencyHi;
    final long[] currencyLo;
    final long[] currencyOriginalHi;
    final long[] currencyOriginalLo;
    /** At the rates of {@code ratesOf}; null when not asked for or when a rate is missing. */
    final double[] atConstantRates;
    final double[] currencyAtConstantRates;
    /** Why {@link #atConstantRates} is null although it was asked for; else null. */
    final Sentence constantRatesProblem;

    private PeriodRevenue(PortfolioData data, AnalysedPeriod period, boolean constant) {
        this.data = data;
        this.period = period;
        int n = data.accounts.length;
        int c = data.currencies.length;
        hi = new long[n];
        lo = new long[n];
        value = new double[n];
        currencyHi = new long[c];
        currencyLo = new long[c];
        currencyOriginalHi = new long[c];
        currencyOriginalLo = new long[c];
        atConstantRates = constant ? new double[n] : null;
        currencyAtConstantRates = constant ? new double[c] : null;
        constantRatesProblem = null;
    }

    private PeriodRevenue(PeriodRevenue sums, Sentence constantRatesProblem) {
        this.data = sums.data;
        this.period = sums.period;
        this.hi = sums.hi;
        this.lo = sums.lo;
        this.value = sums.value;
        this.currencyHi = sums.currencyHi;
        this.currencyLo = sums.currencyLo;
        this.currencyOriginalHi = sums.currencyOriginalHi;
        this.currencyOriginalLo = sums.currencyOriginalLo;
        this.atConstantRates = null;
        this.currencyAtConstantRates = null;
        this.constantRatesProblem = constantRatesProblem;
    }

    /**
     * @param lost     accounts left out of the currency totals (a scenario), or null
     * @param ratesOf  a period of the same length whose rates also convert this one, or null
     * @throws MissingRateException when revenue in the period has no rate
     */
    static PeriodRevenue sum(PortfolioData data, AnalysedPeriod period, boolean[] lost, AnalysedPeriod ratesOf) {
        requireRates(data, period);
        double[] constantRates = ratesOf == null ? null : constantRates(data, ratesOf);
        PeriodRevenue r = new PeriodRevenue(data, period, ratesOf != null);
        int months = data.monthCount;
        int from = Math.max(period.first(), data.firstMonth) - data.firstMonth;
        int to = Math.min(period.last(), data.firstMonth + months - 1) - data.firstMonth;
        int offset = data.firstMonth - period.first();
        int length = period.months();
        Sentence problem = null;
        for (int s = 0; s < data.seriesCount; s++) {
            int a = data.seriesAccount[s];
            int c = data.seriesCurrency[s];
            int base = s * months;
            int rates = c * months;
            long h = 0;
            long l = 0;
            long oh = 0;
            long ol = 0;
            double constant = 0;
            for (int m = from; m <= to; m++) {
                long original = data.originalE4[base + m];
                long rate = data.rateUnscaled[rates + m];
                long add = original * rate;
                long sum = l + add;
                h += Math.multiplyHigh(original, rate) + (Long.compareUnsigned(sum, add) < 0 ? 1 : 0);
                l = sum;
                long osum = ol + original;
                oh += (original >> 63) + (Long.compareUnsigned(osum, original) < 0 ? 1 : 0);
                ol = osum;
                if (constantRates != null && original != 0) {
                    double constantRate = constantRates[c * length + m + offset];
                    if (Double.isNaN(constantRate) && problem == null) {
                        problem = missingConstantRate(data, c, ratesOf.first() + m + offset);
                    }
                    constant += original * constantRate;
                }
            }
            Int128.add(r.hi, r.lo, a, h, l);
            if (constantRates != null) {
                r.atConstantRates[a] += constant / E4;
            }
            if (lost == null || !lost[a]) {
                Int128.add(r.currencyHi, r.currencyLo, c, h, l);
                Int128.add(r.currencyOriginalHi, r.currencyOriginalLo, c, oh, ol);
                if (constantRates != null) {
                    r.currencyAtConstantRates[c] += constant / E4;
                }
            }
        }
        for (int a = 0; a < r.value.length; a++) {
            r.value[a] = data.value(r.hi[a], r.lo[a]);
        }
        return problem == null ? r : new PeriodRevenue(r, problem);
    }

    /**
     * @throws MissingRateException naming the first month and currency in the period without a rate, and
     *                              every currency and year without one
     */
    static void requireRates(PortfolioData data, AnalysedPeriod period) {
        int from = Math.max(period.first(), data.firstMonth) - data.firstMonth;
        int to = Math.min(period.last(), data.firstMonth + data.monthCount - 1) - data.firstMonth;
        int firstMonth = -1;
        int firstCurrency = -1;
        java.util.SortedSet<MissingRate> all = new java.util.TreeSet<>();
        for (int m = from; m <= to; m++) {
            for (int c = 0; c < data.currencies.length; c++) {
                if (data.unconverted[c * data.monthCount + m]) {
                    int month = data.firstMonth + m;
                    if (firstMonth < 0) {
                        firstMonth = month;
                        firstCurrency = c;
                    }
                    all.add(new MissingRate(data.currencies[c], Months.year(month)));
                }
            }
        }
        if (firstMonth >= 0) {
            throw new MissingRateException(data.currencies[firstCurrency], Months.year(firstMonth),
                    Months.month(firstMonth), data.reportingCurrency, List.copyOf(all));
        }
    }

    /** Per currency × month of {@code ratesOf}: the rate, NaN when none. */
    private static double[] constantRates(PortfolioData data, AnalysedPeriod ratesOf) {
        int length = ratesOf.months();
        double[] rates = new double[data.currencies.length * length];
        for (int c = 0; c < data.currencies.length; c++) {
            for (int k = 0; k < length; k++) {
                rates[c * length + k] = data.rateOf(c, ratesOf.first() + k);
            }
        }
        return rates;
    }

    private static Sentence missingConstantRate(PortfolioData data, int currency, int month) {
        return new MissingRateException(data.currencies[currency], Months.year(month), Months.month(month),
                data.reportingCurrency).sentence();
    }

    BigDecimal money(int account) {
        return data.money(hi[account], lo[account]);
    }

    int signum(int account) {
        return Int128.signum(hi[account], lo[account]);
    }
}
