package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import org.kamworkbench.domain.Account;

/**
 * The ranked accounts of a segment, best first (rank 0 is the largest account): what the Pareto
 * chart and the ranked table draw. Read-only views over the analysis arrays.
 */
public final class ParetoCurve {
    private final PeriodRevenue revenue;
    private final int[] order;
    private final int offset;
    private final int size;
    private final double[] cumulative;
    private final double total;
    private final byte[] classes;
    private final SegmentMetrics metrics;

    ParetoCurve(PeriodRevenue revenue, int[] order, int offset, int size, double[] cumulative, double total,
                byte[] classes, SegmentMetrics metrics) {
        this.revenue = revenue;
        this.order = order;
        this.offset = offset;
        this.size = size;
        this.cumulative = cumulative;
        this.total = total;
        this.classes = classes;
        this.metrics = metrics;
    }

    PeriodRevenue periodRevenue() {
        return revenue;
    }

    public SegmentMetrics metrics() {
        return metrics;
    }

    /** N: the number of ranked accounts. */
    public int size() {
        return size;
    }

    /** The account's index in {@link PortfolioData}. */
    public int accountIndex(int rank) {
        return order[offset + check(rank)];
    }

    public Account account(int rank) {
        return revenue.data.accounts[accountIndex(rank)];
    }

    /** Exact revenue in the reporting currency. */
    public BigDecimal revenue(int rank) {
        return revenue.money(accountIndex(rank));
    }

    public double revenueValue(int rank) {
        return revenue.value[accountIndex(rank)];
    }

    public double share(int rank) {
        return revenueValue(rank) / total;
    }

    /** Share of the segment's revenue made by ranks 0..rank, the account itself included. */
    public double cumulativeShare(int rank) {
        return cumulative[check(rank)];
    }

    /** 0 for A, 1 for B, 2 for C. */
    public int classIndex(int rank) {
        return classes[check(rank)];
    }

    public String abcClass(int rank) {
        return AbcThresholds.className(classIndex(rank));
    }

    private int check(int rank) {
        if (rank < 0 || rank >= size) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + size);
        }
        return rank;
    }
}
