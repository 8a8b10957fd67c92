package org.kamworkbench.service.portfolio;

import org.kamworkbench.service.message.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kamworkbench.service.fx.MissingRateException;

/** Runs one analysis over {@link PortfolioData}: pure computation, no I/O. */
final class PortfolioAnalyzer {
    private static final int LISTED_SCOPES = 5;

    private PortfolioAnalyzer() {
    }

    /**
     * @param lost accounts treated as if they did not exist (a scenario), or null
     * @throws PortfolioInputException when the period holds no revenue
     * @throws MissingRateException    when revenue in the period has no FX rate
     */
    static PortfolioAnalysis analyze(PortfolioData data, AnalysisRequest request, boolean[] lost) {
        AnalysedPeriod period = request.period().resolve(data);
        List<Sentence> notes = new ArrayList<>();
        PeriodRevenue current = PeriodRevenue.sum(data, period, lost, null);
        PeriodRevenue previous = previousRevenue(data, period, lost, notes);

        int[] order = AccountRanking.rank(current, lost);
        int[] excluded = excluded(data, order, lost);
        ParetoCurve curve = SegmentCalculator.compute(current, order, 0, order.length, excluded.length,
                request.thresholds());
        SegmentMetrics previousMetrics = null;
        if (previous != null) {
            int[] previousOrder = AccountRanking.rank(previous, lost);
            previousMetrics = SegmentCalculator.compute(previous, previousOrder, 0, previousOrder.length,
                    remaining(data, lost) - previousOrder.length, request.thresholds()).metrics();
        }
        GrowthCalculator growth = new GrowthCalculator(data, current, previous, lost, period.lastMonth().getYear());
        Growth overallGrowth = growth.overall();
        List<GroupSummary> groups = request.dimension() == null ? List.of()
                : groups(data, request, current, order, lost, curve.metrics(), growth);
        noteMissingInflation(growth, notes);
        noteCurrenciesCountingExcluded(current, excluded, notes);
        return new PortfolioAnalysis(data, request, period, curve, new ExcludedAccounts(current, excluded), groups,
                currencies(data, current, growth), overallGrowth, previousMetrics, growth, notes);
    }

    /** The previous period's revenue (with constant-FX figures), or null with a note saying why not. */
    private static PeriodRevenue previousRevenue(PortfolioData data, AnalysedPeriod period, boolean[] lost,
                                                 List<Sentence> notes) {
        AnalysedPeriod previous = period.previous();
        if (previous.first() < data.firstMonth) {
            notes.add(Sentence.of("portfolio.note.noPreviousData", previous.sentence(), data.firstMonthWithRevenue()));
            return null;
        }
        try {
            PeriodRevenue revenue = PeriodRevenue.sum(data, previous, lost, period);
            if (revenue.constantRatesProblem != null) {
                notes.add(Sentence.of("portfolio.note.noConstantFx", revenue.constantRatesProblem));
            }
            return revenue;
        } catch (MissingRateException e) {
            notes.add(Sentence.of("portfolio.note.noGrowth", e.sentence()));
            return null;
        }
    }

    /**
     * The currency table sums every line invoiced in the period, so a credit note that leaves an account with
     * negative net revenue lowers its total below the headline revenue, which leaves that account out.
     */
    private static void noteCurrenciesCountingExcluded(PeriodRevenue current, int[] excluded, List<Sentence> notes) {
        int withRevenue = 0;
        for (int a : excluded) {
            if (current.signum(a) != 0) {
                withRevenue++;
            }
        }
        if (withRevenue > 0) {
            notes.add(Sentence.of("portfolio.note.currenciesCountExcluded", withRevenue));
        }
    }

    private static void noteMissingInflation(GrowthCalculator growth, List<Sentence> notes) {
        Set<String> missing = growth.scopesWithoutInflation();
        if (missing.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>(missing).subList(0, Math.min(LISTED_SCOPES, missing.size()));
        notes.add(Sentence.of("portfolio.note.noInflation", String.valueOf(growth.inflationYear()),
                String.join(", ", listed), missing.size() > LISTED_SCOPES ? missing.size() - LISTED_SCOPES : 0));
    }

    private static int remaining(PortfolioData data, boolean[] lost) {
        int count = data.accounts.length;
        if (lost != null) {
            for (boolean l : lost) {
                count -= l ? 1 : 0;
            }
        }
        return count;
    }

    /** Accounts neither ranked nor lost, in workspace order. */
    private static int[] excluded(PortfolioData data, int[] order, boolean[] lost) {
        boolean[] ranked = new boolean[data.accounts.length];
        for (int a : order) {
            ranked[a] = true;
        }
        int[] result = new int[remaining(data, lost) - order.length];
        int k = 0;
        for (int a = 0; a < ranked.length; a++) {
            if (!ranked[a] && (lost == null || !lost[a])) {
                result[k++] = a;
            }
        }
        return result;
    }

    /** Splits the ranked order by group (a stable counting sort keeps each group ranked). */
    private static List<GroupSummary> groups(PortfolioData data, AnalysisRequest request, PeriodRevenue current,
                                             int[] order, boolean[] lost, SegmentMetrics overall,
                                             GrowthCalculator growth) {
        GroupIndex index = data.groups(request.dimension());
        int groupCount = index.groupCount();
        int[] start = new int[groupCount + 1];
        for (int a : order) {
            start[index.codeOf[a] + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] grouped = new int[order.length];
        int[] next = java.util.Arrays.copyOf(start, groupCount);
        for (int a : order) {
            grouped[next[index.codeOf[a]]++] = a;
        }
        int[] excluded = new int[groupCount];
        for (int a = 0; a < data.accounts.length; a++) {
            if ((lost == null || !lost[a]) && current.signum(a) <= 0) {
                excluded[index.codeOf[a]]++;
            }
        }
        Growth[] groupGrowth = growth.byGroup(index);
        double total = overall.totalRevenue().doubleValue();
        List<GroupSummary> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            ParetoCurve curve = SegmentCalculator.compute(current, grouped, start[g], start[g + 1] - start[g],
                    excluded[g], request.thresholds());
            double share = total > 0 ? curve.metrics().totalRevenue().doubleValue() / total : Double.NaN;
            groups.add(new GroupSummary(index.keys[g], curve.metrics(), share, groupGrowth[g], curve));
        }
        return groups;
    }

    private static List<CurrencyExposure> currencies(PortfolioData data, PeriodRevenue current,
                                                     GrowthCalculator growth) {
        double total = 0;
        for (int c = 0; c < data.currencies.length; c++) {
            total += data.value(current.currencyHi[c], current.currencyLo[c]);
        }
        List<CurrencyExposure> result = new ArrayList<>();
        for (int c = 0; c < data.currencies.length; c++) {
            double revenue = data.value(current.currencyHi[c], current.currencyLo[c]);
            result.add(new CurrencyExposure(data.currencies[c],
                    Int128.toBigDecimal(current.currencyOriginalHi[c], current.currencyOriginalLo[c], 4)
                            .stripTrailingZeros(),
                    data.money(current.currencyHi[c], current.currencyLo[c]),
                    total != 0 ? revenue / total : Double.NaN, growth.ofCurrency(c)));
        }
        return result;
    }
}
