package org.kamworkbench.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far ahead an objective lies: short ≤ 6 months, medium ≤ 18, long beyond (a plan lasts at
 * most 36 months), counted from the plan's start to the objective's due date.
 */
public enum Horizon {
    SHORT, MEDIUM, LONG;

    public static final int SHORT_MONTHS = 6;
    public static final int MEDIUM_MONTHS = 18;
    public static final int LONG_MONTHS = 36;

    /** The horizon of a due date: a date exactly 6 months after the start is still short. */
    public static Horizon of(LocalDate planStart, LocalDate due) {
        if (!due.isAfter(planStart.plusMonths(SHORT_MONTHS))) {
            return SHORT;
        }
        if (!due.isAfter(planStart.plusMonths(MEDIUM_MONTHS))) {
            return MEDIUM;
        }
        return LONG;
    }

    /** Whole months from the start to the due date (used by templates to move dates to a new start). */
    public static long monthsBetween(LocalDate start, LocalDate due) {
        return ChronoUnit.MONTHS.between(start, due);
    }
}
