package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * The concentration figures of a set of accounts (the whole portfolio or one group), per
 * ARCHITECTURE §4. Shares are fractions 0–1 of {@code totalRevenue}. When {@code accounts} is 0
 * every share, {@code hhi} and {@code effectiveAccounts} are NaN and {@code band} is null.
 *
 * @param accounts           N: accounts with positive revenue in the period
 * @param excludedAccounts   accounts without positive revenue in the period (none at all included)
 * @param totalRevenue       exact revenue of the N accounts, reporting currency
 * @param top1Share          the largest account's share (the group's dependence on one account)
 * @param top3Share          the three largest accounts' share
 * @param top20Share         revenue share of the top ⌈20 % of N⌉ accounts
 * @param paretoAccountShare k/N for the first rank k whose cumulative share reaches 80 %
 * @param hhi                Σ (100 · share)², 0–10 000
 * @param effectiveAccounts  10 000 / HHI
 */
public record SegmentMetrics(
        int accounts,
        int excludedAccounts,
        BigDecimal totalRevenue,
        double top1Share,
        double top3Share,
        double top5Share,
        double top10Share,
        double top20Share,
        double paretoAccountShare,
        double hhi,
        double effectiveAccounts,
        ConcentrationBand band,
        List<AbcClass> classes) {

    public SegmentMetrics {
        classes = List.copyOf(classes);
    }

    public boolean isEmpty() {
        return accounts == 0;
    }
}
