package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One account's figures in an analysed period, exactly as the portfolio screen and {@code analyze pareto}
 * compute them: Pareto rank, ABC class, revenue in the reporting currency, share and cumulative share of
 * the portfolio, nominal and real growth against the previous period. An account with no positive
 * revenue in the period is outside the curve: no rank, class or share, but its revenue and growth.
 * Shares and growth are fractions (0.05 = 5 %); a figure that cannot be computed is null.
 */
public record AccountFigures(Integer rank, String abcClass, BigDecimal revenue, Double share,
                             Double cumulativeShare, Double nominalGrowth, Double realGrowth) {

    /** The figures of every account with revenue in the analysis' period, by external id. */
    public static Map<String, AccountFigures> byExternalId(PortfolioAnalysis analysis) {
        Map<String, AccountFigures> figures = new HashMap<>();
        ParetoCurve curve = analysis.curve();
        for (int r = 0; r < curve.size(); r++) {
            Growth g = analysis.growthOf(curve.accountIndex(r));
            figures.put(curve.account(r).externalId(), new AccountFigures(r + 1, curve.abcClass(r), curve.revenue(r),
                    curve.share(r), curve.cumulativeShare(r), valueOf(g.nominal()), valueOf(g.real())));
        }
        ExcludedAccounts excluded = analysis.excluded();
        for (int i = 0; i < excluded.size(); i++) {
            Growth g = analysis.growthOf(excluded.accountIndex(i));
            figures.put(excluded.account(i).externalId(), new AccountFigures(null, null, excluded.revenue(i), null,
                    null, valueOf(g.nominal()), valueOf(g.real())));
        }
        return figures;
    }

    private static Double valueOf(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
