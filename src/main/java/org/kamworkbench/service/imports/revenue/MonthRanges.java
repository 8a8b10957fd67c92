package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Writes a set of months (year*100+month) as ranges a person reads: "2023-01 to 2023-12, 2024-03". */
final class MonthRanges {
    private MonthRanges() {
    }

    static String describe(SortedSet<Integer> months) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int m : months) {
            if (previous != null && m == next(previous)) {
                previous = m;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous));
            }
            start = m;
            previous = m;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(", ", parts);
    }

    private static int next(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }

    private static String range(int from, int to) {
        return from == to ? format(from) : format(from) + " to " + format(to);
    }

    private static String format(int yyyymm) {
        return String.format("%d-%02d", yyyymm / 100, yyyymm % 100);
    }
}
