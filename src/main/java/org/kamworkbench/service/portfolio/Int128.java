package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact signed 128-bit fixed-point sums kept as (hi, lo) long pairs in parallel arrays. Converted
 * money is {@code amountE4 × rate·10^S}: a 64 × 64-bit product ({@link Math#multiplyHigh} gives the
 * high half) that does not fit a long but always fits 128 bits, so sums stay exact without
 * allocating a BigDecimal per cell.
 */
final class Int128 {
    private static final double TWO_POW_64 = 0x1p64;

    private Int128() {
    }

    /** {@code hi[i]:lo[i] += bHi:bLo}. */
    static void add(long[] hi, long[] lo, int i, long bHi, long bLo) {
        long sum = lo[i] + bLo;
        hi[i] += bHi + (Long.compareUnsigned(sum, bLo) < 0 ? 1 : 0);
        lo[i] = sum;
    }

    static int signum(long hi, long lo) {
        if (hi < 0) {
            return -1;
        }
        return hi == 0 && lo == 0 ? 0 : 1;
    }

    static int compare(long hi1, long lo1, long hi2, long lo2) {
        int c = Long.compare(hi1, hi2);
        return c != 0 ? c : Long.compareUnsigned(lo1, lo2);
    }

    /**
     * The value as a double (nearly correctly rounded). Equal inputs give equal doubles, so exact
     * ties stay ties; order is preserved (never inverted) between different inputs.
     */
    static double toDouble(long hi, long lo) {
        if (hi < 0) {
            long negLo = -lo;
            long negHi = ~hi + (lo == 0 ? 1 : 0);
            return -magnitude(negHi, negLo);
        }
        return magnitude(hi, lo);
    }

    private static double magnitude(long hi, long lo) {
        double low = lo >= 0 ? (double) lo : (double) (lo >>> 1) * 2.0 + (lo & 1);
        return hi == 0 ? low : hi * TWO_POW_64 + low;
    }

    static BigDecimal toBigDecimal(long hi, long lo, int scale) {
        BigInteger unscaled = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
        return new BigDecimal(unscaled, scale);
    }
}
