package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** How a data value becomes a level of a scale (ARCHITECTURE §4). */
public final class LevelMapping {
    private LevelMapping() {
    }

    /** Level = 1 + the number of (ascending) thresholds ≤ value. */
    public static int byThresholds(List<BigDecimal> thresholds, BigDecimal value) {
        int level = 1;
        for (BigDecimal t : thresholds) {
            if (t.compareTo(value) <= 0) {
                level++;
            }
        }
        return level;
    }

    /**
     * Levels by quantiles of the portfolio: the accounts with a value are split by rank into
     * {@code scale} groups of equal size, level = 1 + ⌊scale · (values strictly below) / n⌋, so
     * equal values share a level, the smallest gets 1 and the largest {@code scale} (when n ≥ scale).
     * NaN marks a missing value and gets level 0.
     */
    public static int[] byQuantiles(double[] values, int scale) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        int[] levels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            int below = lowerBound(sorted, values[i]);
            levels[i] = 1 + (int) ((long) scale * below / n);
        }
        return levels;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
