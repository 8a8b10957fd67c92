package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * "What if we lose these accounts": the portfolio before and after (the lost accounts treated as
 * if they never existed), the revenue at risk overall and per group of the request's dimension,
 * and which groups change concentration band.
 *
 * @param revenueAtRisk      before total − after total (the lost accounts' positive revenue)
 * @param revenueAtRiskShare revenueAtRisk / before total
 * @param groups             per group of the dimension (empty without one), in key order
 * @param ranking            per group, the accounts whose loss would hurt it most (before the loss);
 *                           without a dimension, one entry for the whole portfolio (key null)
 */
public record ScenarioResult(PortfolioAnalysis before, PortfolioAnalysis after, List<LostAccount> lost,
                             BigDecimal revenueAtRisk, double revenueAtRiskShare, List<GroupImpact> groups,
                             List<GroupLossRanking> ranking) {
    public ScenarioResult {
        lost = List.copyOf(lost);
        groups = List.copyOf(groups);
        ranking = List.copyOf(ranking);
    }

    /** The groups that move into another concentration band. */
    public List<GroupImpact> groupsCrossingBand() {
        return groups.stream().filter(GroupImpact::crossesBand).toList();
    }

    public boolean crossesBand() {
        return before.metrics().band() != null && after.metrics().band() != null
                && before.metrics().band() != after.metrics().band();
    }
}
