package org.kamworkbench.service.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a user asks for. Revenue is kept per month, so every period resolves to whole
 * months: a date range covers every month it overlaps (15 Jan – 10 Mar is January to March), and
 * the analysis reports the months it actually used.
 */
public sealed interface PeriodSpec {
    /** @throws PortfolioInputException when the workspace holds no revenue in the period */
    AnalysedPeriod resolve(PortfolioData data);

    static PeriodSpec year(int year) {
        return new CalendarYear(year);
    }

    static PeriodSpec range(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    static PeriodSpec lastTwelveMonths() {
        return new LastTwelveMonths();
    }

    static PeriodSpec wholeHistory() {
        return new WholeHistory();
    }

    /** January to December of a year. */
    record CalendarYear(int year) implements PeriodSpec {
        @Override
        public AnalysedPeriod resolve(PortfolioData data) {
            requireRevenue(data);
            int first = Months.index(year, 1);
            int last = Months.index(year, 12);
            if (!data.hasRevenueBetween(first, last)) {
                throw new PortfolioInputException("portfolio.noRevenueInYear", String.valueOf(year),
                        data.firstMonthWithRevenue(), data.lastMonthWithRevenue());
            }
            return AnalysedPeriod.ofMonths(first, last);
        }
    }

    /** Every month that overlaps {@code from}–{@code to} (inclusive). */
    record DateRange(LocalDate from, LocalDate to) implements PeriodSpec {
        public DateRange {
            if (to.isBefore(from)) {
                throw new PortfolioInputException("portfolio.periodReversed", to, from);
            }
        }

        @Override
        public AnalysedPeriod resolve(PortfolioData data) {
            requireRevenue(data);
            int first = Months.index(YearMonth.from(from));
            int last = Months.index(YearMonth.from(to));
            if (!data.hasRevenueBetween(first, last)) {
                throw new PortfolioInputException("portfolio.noRevenueInRange", from, to, data.firstMonthWithRevenue(),
                        data.lastMonthWithRevenue());
            }
            return AnalysedPeriod.ofMonths(first, last);
        }
    }

    /** The twelve months ending with the latest month that holds revenue. */
    record LastTwelveMonths() implements PeriodSpec {
        @Override
        public AnalysedPeriod resolve(PortfolioData data) {
            requireRevenue(data);
            int last = data.firstMonth + data.monthCount - 1;
            return AnalysedPeriod.ofMonths(last - 11, last);
        }
    }

    /** From the first to the last month that holds revenue. */
    record WholeHistory() implements PeriodSpec {
        @Override
        public AnalysedPeriod resolve(PortfolioData data) {
            requireRevenue(data);
            return AnalysedPeriod.ofMonths(data.firstMonth, data.firstMonth + data.monthCount - 1);
        }
    }

    private static void requireRevenue(PortfolioData data) {
        if (!data.hasRevenue()) {
            throw new PortfolioInputException("portfolio.noRevenue");
        }
    }
}
