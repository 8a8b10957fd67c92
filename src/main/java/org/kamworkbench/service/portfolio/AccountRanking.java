package org.kamworkbench.service.portfolio;

/**
 * Ranks accounts by revenue descending, ties by external id ascending (the bench's expected.py and
 * ARCHITECTURE's "account id" — we use the external id, the id users know). A merge sort on a
 * primitive index array: no boxing, stable, O(n log n).
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
        int[] included = new int[n];
        int count = 0;
        for (int a = 0; a < n; a++) {
            if ((lost == null || !lost[a]) && revenue.signum(a) > 0) {
                included[count++] = a;
            }
        }
        int[] order = java.util.Arrays.copyOf(included, count);
        new AccountRanking(revenue).sort(order, included, 0, count);
        return order;
    }

    /** Sorts {@code a[from, to)} using {@code tmp} as scratch space of the same size. */
    private void sort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= 16) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, tmp, from, mid);
        sort(a, tmp, mid, to);
        if (!before(a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && !before(tmp[j], tmp[i]))) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && before(x, a[j])) {
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
