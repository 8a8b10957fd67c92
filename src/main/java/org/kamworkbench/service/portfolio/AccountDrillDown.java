package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.kamworkbench.domain.Account;

/**
 * From a number of the portfolio analysis to the accounts behind it (issue 13 §4): an ABC class, a
 * group of the breakdown, the top 20 %, the Pareto point, or any set of accounts (a matrix quadrant).
 * Each row carries the figures of the Pareto curve itself (rank, revenue, share and cumulative share
 * of the whole portfolio), so the list shows exactly the portfolio screen's numbers. Rows come in rank
 * order.
 */
public final class AccountDrillDown {
    /** One account as the portfolio ranks it; share and cumulative share are fractions of the portfolio. */
    public record Row(Account account, int rank, BigDecimal revenue, double share, double cumulativeShare,
                      String abcClass) {
    }

    private AccountDrillDown() {
    }

    /** The accounts of an ABC class ("A", "B", "C"...). */
    public static List<Row> abcClass(PortfolioAnalysis analysis, String abcClass) {
        ParetoCurve curve = analysis.curve();
        return rows(curve, r -> curve.abcClass(r).equals(abcClass));
    }

    /** The top ⌈20 % of N⌉ accounts: those the "top 20 %" share is made of. */
    public static List<Row> top20(PortfolioAnalysis analysis) {
        int count = (analysis.curve().size() + 4) / 5;
        return rows(analysis.curve(), r -> r < count);
    }

    /** The first k accounts whose cumulative share reaches 80 %: the Pareto point. */
    public static List<Row> paretoPoint(PortfolioAnalysis analysis) {
        int n = analysis.curve().size();
        int k = (int) Math.round(analysis.metrics().paretoAccountShare() * n);
        return rows(analysis.curve(), r -> r < k);
    }

    /** The accounts of one group of the analysis' breakdown dimension. */
    public static List<Row> group(PortfolioAnalysis analysis, String key) {
        ParetoCurve curve = analysis.curve();
        PortfolioData data = analysis.data();
        return rows(curve, r -> data.groupOf(curve.accountIndex(r), analysis.dimension()).equals(key));
    }

    /** These accounts (by external id), those with revenue in the period; the others are left out. */
    public static List<Row> accounts(PortfolioAnalysis analysis, Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        ParetoCurve curve = analysis.curve();
        return rows(curve, r -> wanted.contains(curve.account(r).externalId()));
    }

    private static List<Row> rows(ParetoCurve curve, IntPredicate rankIn) {
        List<Row> list = new ArrayList<>();
        for (int r = 0; r < curve.size(); r++) {
            if (rankIn.test(r)) {
                list.add(new Row(curve.account(r), r + 1, curve.revenue(r), curve.share(r), curve.cumulativeShare(r),
                        curve.abcClass(r)));
            }
        }
        return list;
    }
}
