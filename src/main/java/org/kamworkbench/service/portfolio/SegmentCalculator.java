package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the Pareto curve, ABC classes, top-k shares and HHI of a ranked run of accounts in one
 * pass. The cumulative sum is kept exact, so a cumulative share that lands exactly on a threshold
 * (e.g. 80 %) is classified as the definition says, not as double rounding happens to fall. An account
 * is in class A when the accounts ranked before it make less than the A threshold (so class A at 80 % is
 * exactly the Pareto point's k accounts), B when they make less than A+B, else C.
 */
final class SegmentCalculator {
    /** Cumulative shares closer than this to a threshold are decided with exact decimals. */
    private static final double NEAR = 1e-12;
    private static final BigDecimal PARETO_POINT = new BigDecimal("0.8");

    private SegmentCalculator() {
    }

    /** The segment made of {@code order[offset, offset + size)}, already ranked. */
    static ParetoCurve compute(PeriodRevenue revenue, int[] order, int offset, int size, int excludedAccounts,
                               AbcThresholds thresholds) {
        PortfolioData data = revenue.data;
        long totalHi = 0;
        long totalLo = 0;
        for (int i = offset; i < offset + size; i++) {
            int a = order[i];
            long sum = totalLo + revenue.lo[a];
            totalHi += revenue.hi[a] + (Long.compareUnsigned(sum, revenue.lo[a]) < 0 ? 1 : 0);
            totalLo = sum;
        }
        BigDecimal totalMoney = Int128.toBigDecimal(totalHi, totalLo, data.valueScale);
        double total = data.value(totalHi, totalLo);
        Threshold[] bounds = new Threshold[thresholds.classCount() - 1];
        for (int k = 0; k < bounds.length; k++) {
            bounds[k] = new Threshold(thresholds.upperBound(k), totalMoney, data.valueScale);
        }
        Threshold pareto = new Threshold(PARETO_POINT, totalMoney, data.valueScale);

        double[] cumulative = new double[size];
        byte[] classes = new byte[size];
        long[] classHi = new long[thresholds.classCount()];
        long[] classLo = new long[thresholds.classCount()];
        int[] classCount = new int[thresholds.classCount()];
        int top20 = (size + 4) / 5;
        double[] topShares = new double[5];
        int paretoRank = 0;
        int cls = 0;
        double hhi = 0;
        long[] cum = new long[2];
        double shareBefore = 0;
        for (int r = 0; r < size; r++) {
            int a = order[offset + r];
            // ARCHITECTURE §4: the class is decided by the share of the accounts ranked before this one
            while (cls < bounds.length && !bounds[cls].below(cum, shareBefore)) {
                cls++;
            }
            cumHiLoAdd(cum, revenue.hi[a], revenue.lo[a]);
            double cumShare = data.value(cum[0], cum[1]) / total;
            cumulative[r] = cumShare;
            shareBefore = cumShare;
            double pct = 100 * revenue.value[a] / total;
            hhi += pct * pct;
            classes[r] = (byte) cls;
            classCount[cls]++;
            Int128.add(classHi, classLo, cls, revenue.hi[a], revenue.lo[a]);
            if (paretoRank == 0 && !pareto.below(cum, cumShare)) {
                paretoRank = r + 1;
            }
            int rank = r + 1;
            if (rank == 1 || rank == 3 || rank == 5 || rank == 10 || rank == top20) {
                recordTop(topShares, rank, top20, cumShare);
            }
        }
        fillShortSegments(topShares, size);
        List<AbcClass> abc = new ArrayList<>();
        for (int k = 0; k < classCount.length; k++) {
            abc.add(new AbcClass(AbcThresholds.className(k), classCount[k],
                    data.money(classHi[k], classLo[k]),
                    size == 0 ? Double.NaN : data.value(classHi[k], classLo[k]) / total,
                    k < bounds.length ? thresholds.upperBound(k) : null));
        }
        double hhiOrNaN = size == 0 ? Double.NaN : hhi;
        SegmentMetrics metrics = new SegmentMetrics(size, excludedAccounts, totalMoney.stripTrailingZeros(),
                topShares[0], topShares[1], topShares[2], topShares[3], topShares[4],
                size == 0 ? Double.NaN : (double) paretoRank / size, hhiOrNaN, 10_000 / hhiOrNaN,
                ConcentrationBand.of(hhiOrNaN), abc);
        return new ParetoCurve(revenue, order, offset, size, cumulative, total, classes, metrics);
    }

    private static void cumHiLoAdd(long[] cum, long hi, long lo) {
        long sum = cum[1] + lo;
        cum[0] += hi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        cum[1] = sum;
    }

    /** topShares: [top1, top3, top5, top10, top20 %]. */
    private static void recordTop(double[] topShares, int rank, int top20, double cumShare) {
        switch (rank) {
            case 1 -> topShares[0] = cumShare;
            case 3 -> topShares[1] = cumShare;
            case 5 -> topShares[2] = cumShare;
            case 10 -> topShares[3] = cumShare;
            default -> { }
        }
        if (rank == top20) {
            topShares[4] = cumShare;
        }
    }

    /** With fewer than k accounts the top k are all of them: share 1. */
    private static void fillShortSegments(double[] topShares, int size) {
        int[] ranks = {1, 3, 5, 10};
        for (int i = 0; i < ranks.length; i++) {
            if (size == 0) {
                topShares[i] = Double.NaN;
            } else if (size < ranks[i]) {
                topShares[i] = 1.0;
            }
        }
        if (size == 0) {
            topShares[4] = Double.NaN;
        }
    }

    /** A cumulative-share threshold, compared in doubles unless too close to call. */
    private static final class Threshold {
        private final double share;
        private final BigDecimal exactAmount;
        private final int scale;

        Threshold(BigDecimal fraction, BigDecimal total, int scale) {
            this.share = fraction.doubleValue();
            this.exactAmount = total.multiply(fraction);
            this.scale = scale;
        }

        boolean below(long[] cum, double cumShare) {
            if (Math.abs(cumShare - share) > NEAR) {
                return cumShare < share;
            }
            return Int128.toBigDecimal(cum[0], cum[1], scale).compareTo(exactAmount) < 0;
        }
    }
}
