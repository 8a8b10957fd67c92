package org.kamworkbench.service.portfolio;

import java.time.YearMonth;

/** Months as one int, {@code year × 12 + month − 1}, so that ranges of months are ranges of ints. */
final class Months {
    private Months() {
    }

    static int index(int year, int month) {
        return year * 12 + month - 1;
    }

    static int index(YearMonth month) {
        return index(month.getYear(), month.getMonthValue());
    }

    static int year(int index) {
        return Math.floorDiv(index, 12);
    }

    static int month(int index) {
        return Math.floorMod(index, 12) + 1;
    }

    static YearMonth toYearMonth(int index) {
        return YearMonth.of(year(index), month(index));
    }
}
