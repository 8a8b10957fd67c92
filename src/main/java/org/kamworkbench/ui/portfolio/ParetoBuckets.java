package org.kamworkbench.ui.portfolio;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * The ranked accounts of a Pareto curve reduced to at most one bucket per pixel column, so that
 * the chart draws a few hundred bars however large the portfolio. Bucket {@code b} holds the
 * ranks {@code first(b)} to {@code end(b) - 1}; its bar is drawn at the bucket's largest revenue
 * (the first rank: ranks are sorted by revenue, descending) with its mean shaded below, and the
 * cumulative line passes through the cumulative share at its last rank.
 */
public final class ParetoBuckets {
    private final int accounts;
    private final int[] first;
    private final double[] max;
    private final double[] mean;
    private final double[] cumulative;
    private final int[] classStart;

    private ParetoBuckets(int accounts, int[] first, double[] max, double[] mean, double[] cumulative,
                          int[] classStart) {
        this.accounts = accounts;
        this.first = first;
        this.max = max;
        this.mean = mean;
        this.cumulative = cumulative;
        this.classStart = classStart;
    }

    /**
     * @param accounts   N ranked accounts
     * @param revenue    revenue of a rank (descending with rank)
     * @param cumulative cumulative share 0–1 up to and including a rank
     * @param classIndex ABC class of a rank (0 = A), not decreasing with rank
     * @param classes    how many ABC classes there are
     * @param width      at most this many buckets (the pixel columns of the plot)
     */
    public static ParetoBuckets of(int accounts, IntToDoubleFunction revenue, IntToDoubleFunction cumulative,
                                   IntUnaryOperator classIndex, int classes, int width) {
        int count = Math.max(0, Math.min(accounts, Math.max(1, width)));
        int[] first = new int[count + 1];
        double[] max = new double[count];
        double[] mean = new double[count];
        double[] cum = new double[count];
        for (int b = 0; b <= count; b++) {
            first[b] = count == 0 ? 0 : (int) ((long) b * accounts / count);
        }
        for (int b = 0; b < count; b++) {
            double top = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int r = first[b]; r < first[b + 1]; r++) {
                double v = revenue.applyAsDouble(r);
                top = Math.max(top, v);
                sum += v;
            }
            max[b] = top;
            mean[b] = sum / (first[b + 1] - first[b]);
            cum[b] = cumulative.applyAsDouble(first[b + 1] - 1);
        }
        int[] classStart = new int[classes + 1];
        for (int c = 0; c <= classes; c++) {
            classStart[c] = firstRankOfClass(accounts, classIndex, c);
        }
        return new ParetoBuckets(accounts, first, max, mean, cum, classStart);
    }

    /** Binary search: classes do not decrease with rank. */
    private static int firstRankOfClass(int accounts, IntUnaryOperator classIndex, int c) {
        int lo = 0;
        int hi = accounts;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (classIndex.applyAsInt(mid) < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int accounts() {
        return accounts;
    }

    public int size() {
        return max.length;
    }

    public int first(int bucket) {
        return first[bucket];
    }

    /** One past the last rank of the bucket. */
    public int end(int bucket) {
        return first[bucket + 1];
    }

    public double max(int bucket) {
        return max[bucket];
    }

    public double mean(int bucket) {
        return mean[bucket];
    }

    public double cumulative(int bucket) {
        return cumulative[bucket];
    }

    /** The largest revenue of all: the top of the revenue axis. */
    public double maxRevenue() {
        return max.length == 0 ? 0 : max[0];
    }

    /** The first rank of ABC class {@code c} ({@code accounts()} when the class is empty). */
    public int classStart(int c) {
        return classStart[Math.min(c, classStart.length - 1)];
    }

    public int classCount() {
        return classStart.length - 1;
    }

    /** The bucket that holds {@code rank}. */
    public int bucketOf(int rank) {
        int lo = 0;
        int hi = size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (first[mid] <= rank) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
