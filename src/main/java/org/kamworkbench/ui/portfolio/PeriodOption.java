package org.kamworkbench.ui.portfolio;

import java.time.LocalDate;
import org.kamworkbench.service.portfolio.PeriodSpec;

/** A choice of the period box: a calendar year, the last 12 months, the whole history or a date range. */
public record PeriodOption(Kind kind, int year) {
    public enum Kind { YEAR, LAST_12_MONTHS, WHOLE_HISTORY, RANGE }

    public static final PeriodOption LAST_12_MONTHS = new PeriodOption(Kind.LAST_12_MONTHS, 0);
    public static final PeriodOption WHOLE_HISTORY = new PeriodOption(Kind.WHOLE_HISTORY, 0);
    public static final PeriodOption RANGE = new PeriodOption(Kind.RANGE, 0);

    public static PeriodOption year(int year) {
        return new PeriodOption(Kind.YEAR, year);
    }

    /** The service's period; {@code from}/{@code to} are used for a range only. */
    PeriodSpec spec(LocalDate from, LocalDate to) {
        return switch (kind) {
            case YEAR -> PeriodSpec.year(year);
            case LAST_12_MONTHS -> PeriodSpec.lastTwelveMonths();
            case WHOLE_HISTORY -> PeriodSpec.wholeHistory();
            case RANGE -> PeriodSpec.range(from, to);
        };
    }
}
