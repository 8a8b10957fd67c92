package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.kamworkbench.domain.RevenueCell;

/** Invariants of the analysis over random portfolios (EUR and USD accounts, credit notes, ties). */
class PortfolioPropertiesTest {
    private static final String USD_RATE = "0.923873451239";
    private static final String[] REGIONS = {"AMER", "APAC", "EMEA"};

    /** Per account its month amounts (E4); amounts are often round so that ties and exact thresholds occur. */
    @Provide
    Arbitrary<List<List<Long>>> portfolios() {
        Arbitrary<Long> round = Arbitraries.integers().between(-4, 40).map(x -> x * 5L * RevenueCell.SCALE);
        Arbitrary<Long> odd = Arbitraries.longs().between(-1_000_000_000L, 900_000_000_000_000L);
        Arbitrary<Long> amount = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, round), net.jqwik.api.Tuple.of(1, odd));
        return amount.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(40);
    }

    /** Even accounts are in EUR, odd ones in USD unless {@code eurOnly} (which makes exact thresholds likelier). */
    private static InMemoryWorkspace workspace(List<List<Long>> portfolio, boolean eurOnly) {
        InMemoryWorkspace ws = new InMemoryWorkspace().fx("USD", 2024, USD_RATE);
        for (int i = 0; i < portfolio.size(); i++) {
            String id = "K" + (i * 7919 % 1000) + "-" + i;
            String currency = isUsd(i, eurOnly) ? "USD" : "EUR";
            ws.account(id, REGIONS[i % 3], currency);
            List<Long> months = portfolio.get(i);
            for (int m = 0; m < months.size(); m++) {
                ws.cells.add(new RevenueCell(i + 1, currency, 2024, m + 1, months.get(m), 1));
            }
        }
        return ws;
    }

    private static boolean isUsd(int account, boolean eurOnly) {
        return !eurOnly && account % 2 == 1;
    }

    private static PortfolioAnalysis analyze(List<List<Long>> portfolio) {
        return analyze(portfolio, false);
    }

    private static PortfolioAnalysis analyze(List<List<Long>> portfolio, boolean eurOnly) {
        InMemoryWorkspace ws = workspace(portfolio, eurOnly);
        PortfolioService service = ws.service();
        return service.analyze(service.load(), AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION));
    }

    @Property(tries = 300)
    void sharesSumToOne(@ForAll("portfolios") List<List<Long>> portfolio) {
        PortfolioAnalysis a = analyze(portfolio);
        if (a.metrics().isEmpty()) {
            return;
        }
        double sum = 0;
        for (int r = 0; r < a.curve().size(); r++) {
            sum += a.curve().share(r);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(a.curve().cumulativeShare(a.curve().size() - 1)).isCloseTo(1.0, within(1e-12));
        assertThat(a.metrics().classes().stream().mapToDouble(AbcClass::revenueShare).sum()).isCloseTo(1.0,
                within(1e-9));
        assertThat(a.groups().stream().mapToDouble(GroupSummary::revenueShare).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Property(tries = 300)
    void hhiLiesBetweenEqualSharesAndMonopoly(@ForAll("portfolios") List<List<Long>> portfolio) {
        SegmentMetrics m = analyze(portfolio).metrics();
        if (m.isEmpty()) {
            return;
        }
        assertThat(m.hhi()).isBetween(10_000.0 / m.accounts() * (1 - 1e-9), 10_000 * (1 + 1e-9));
        assertThat(m.effectiveAccounts()).isBetween(1 - 1e-9, m.accounts() * (1 + 1e-9));
    }

    /** Class A is exactly the Pareto point's k accounts, and every account ranked before an A is an A. */
    @Property(tries = 300)
    void classAIsTheParetoPoint(@ForAll("portfolios") List<List<Long>> portfolio, @ForAll boolean eurOnly) {
        PortfolioAnalysis a = analyze(portfolio, eurOnly);
        SegmentMetrics m = a.metrics();
        if (m.isEmpty()) {
            return;
        }
        int classA = m.classes().get(0).accounts();
        assertThat(classA).isEqualTo((int) Math.round(m.paretoAccountShare() * m.accounts()));
        for (int r = 0; r < a.curve().size(); r++) {
            assertThat(a.curve().classIndex(r) == 0).as("rank %d", r).isEqualTo(r < classA);
        }
        for (GroupSummary g : a.groups()) {
            SegmentMetrics gm = g.metrics();
            assertThat(gm.classes().get(0).accounts()).as("group %s", g.key())
                    .isEqualTo((int) Math.round(gm.paretoAccountShare() * gm.accounts()));
        }
    }

    @Property(tries = 300)
    void classesAreOrderedByRevenue(@ForAll("portfolios") List<List<Long>> portfolio) {
        ParetoCurve curve = analyze(portfolio).curve();
        for (int r = 1; r < curve.size(); r++) {
            assertThat(curve.revenue(r)).isLessThanOrEqualTo(curve.revenue(r - 1));
            assertThat(curve.classIndex(r)).isGreaterThanOrEqualTo(curve.classIndex(r - 1));
            assertThat(curve.cumulativeShare(r)).isGreaterThanOrEqualTo(curve.cumulativeShare(r - 1));
        }
    }

    /** Ranking, classes, Pareto point and total equal a plain BigDecimal computation of the definitions. */
    @Property(tries = 300)
    void figuresEqualAnExactReference(@ForAll("portfolios") List<List<Long>> portfolio, @ForAll boolean eurOnly) {
        PortfolioAnalysis a = analyze(portfolio, eurOnly);
        List<Object[]> reference = new ArrayList<>();
        BigDecimal usd = new BigDecimal(USD_RATE);
        for (int i = 0; i < portfolio.size(); i++) {
            BigDecimal revenue = BigDecimal.ZERO;
            for (long amount : portfolio.get(i)) {
                BigDecimal original = BigDecimal.valueOf(amount, 4);
                revenue = revenue.add(isUsd(i, eurOnly) ? original.multiply(usd) : original);
            }
            if (revenue.signum() > 0) {
                reference.add(new Object[] {a.data().account(i).externalId(), revenue});
            }
        }
        reference.sort(Comparator.comparing((Object[] o) -> (BigDecimal) o[1]).reversed()
                .thenComparing(o -> (String) o[0]));
        BigDecimal total = reference.stream().map(o -> (BigDecimal) o[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(a.metrics().accounts()).isEqualTo(reference.size());
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo(total);
        BigDecimal cumulative = BigDecimal.ZERO;
        int paretoRank = 0;
        BigDecimal aBound = total.multiply(new BigDecimal("0.80"));
        BigDecimal bBound = total.multiply(new BigDecimal("0.95"));
        for (int r = 0; r < reference.size(); r++) {
            assertThat(a.curve().account(r).externalId()).isEqualTo(reference.get(r)[0]);
            // the class follows the revenue of the accounts ranked before, compared exactly
            String expected = cumulative.compareTo(aBound) < 0 ? "A" : cumulative.compareTo(bBound) < 0 ? "B" : "C";
            assertThat(a.curve().abcClass(r)).as("class of rank %d, before it %s of %s", r, cumulative, total)
                    .isEqualTo(expected);
            cumulative = cumulative.add((BigDecimal) reference.get(r)[1]);
            BigDecimal share = cumulative.divide(total, MathContext.DECIMAL128);
            if (paretoRank == 0 && share.compareTo(new BigDecimal("0.8")) >= 0) {
                paretoRank = r + 1;
            }
        }
        if (!reference.isEmpty()) {
            assertThat(a.metrics().paretoAccountShare()).isEqualTo((double) paretoRank / reference.size());
        }
    }

    @Property(tries = 300)
    void losingAnAccountNeverRaisesTheTotal(@ForAll("portfolios") List<List<Long>> portfolio,
                                            @ForAll @IntRange(min = 0, max = 39) int pick) {
        InMemoryWorkspace ws = workspace(portfolio, false);
        PortfolioService service = ws.service();
        PortfolioData data = service.load();
        String lost = data.account(pick % portfolio.size()).externalId();
        ScenarioResult s = service.loseAccounts(data, AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION),
                List.of(lost));
        assertThat(s.after().metrics().totalRevenue()).isLessThanOrEqualTo(s.before().metrics().totalRevenue());
        assertThat(s.revenueAtRisk().signum()).isGreaterThanOrEqualTo(0);
        for (GroupImpact g : s.groups()) {
            assertThat(g.revenueAfter()).isLessThanOrEqualTo(g.revenueBefore());
        }
    }
}
