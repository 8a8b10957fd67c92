package org.kamworkbench.service.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import org.kamworkbench.service.message.Sentence;

/**
 * A period resolved to whole months, first to last inclusive (revenue is kept per month, so a
 * period is always a run of whole months).
 */
public record AnalysedPeriod(YearMonth firstMonth, YearMonth lastMonth) {
    public AnalysedPeriod {
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("A period cannot end (" + lastMonth + ") before it starts ("
                    + firstMonth + ").");
        }
    }

    static AnalysedPeriod ofMonths(int first, int last) {
        return new AnalysedPeriod(Months.toYearMonth(first), Months.toYearMonth(last));
    }

    /** The first day of the first month. */
    public LocalDate from() {
        return firstMonth.atDay(1);
    }

    /** The last day of the last month. */
    public LocalDate to() {
        return lastMonth.atEndOfMonth();
    }

    public int months() {
        return last() - first() + 1;
    }

    /** The same number of months right before this period: what growth compares against. */
    public AnalysedPeriod previous() {
        return ofMonths(first() - months(), first() - 1);
    }

    int first() {
        return Months.index(firstMonth);
    }

    int last() {
        return Months.index(lastMonth);
    }

    /** The months, in the reader's language: "2010-01 to 2010-12", "da 2010-01 a 2010-12". */
    public Sentence sentence() {
        return firstMonth.equals(lastMonth)
                ? Sentence.of("portfolio.period.month", firstMonth.toString())
                : Sentence.of("portfolio.period.months", firstMonth.toString(),
                        lastMonth.toString());
    }

    @Override
    public String toString() {
        return firstMonth.equals(lastMonth) ? firstMonth.toString() : firstMonth + " to " + lastMonth;
    }
}
