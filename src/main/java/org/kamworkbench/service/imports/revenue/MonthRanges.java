package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.kamworkbench.service.message.Sentence;

/**
 * Writes a set of months (year*100+month) as ranges a person reads: "2023-01 to 2023-12, 2024-03", a phrase of the
 * service bundle so it reads "da 2023-01 a 2023-12, 2024-03" in Italian.
 */
final class MonthRanges {
    private MonthRanges() {
    }

    static Sentence describe(SortedSet<Integer> months) {
        List<Object> parts = new ArrayList<>();
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
        Object list = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            list = Sentence.of("import.months.list", parts.get(i), list);
        }
        return list instanceof Sentence sentence ? sentence : Sentence.of("import.months.one", list);
    }

    private static int next(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }

    private static Object range(int from, int to) {
        return from == to ? format(from) : Sentence.of("import.months.range", format(from), format(to));
    }

    private static String format(int yyyymm) {
        return String.format("%d-%02d", yyyymm / 100, yyyymm % 100);
    }
}
