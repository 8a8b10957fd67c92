package org.kamworkbench.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a KPI: a year ("2025"), a quarter ("2025-Q2") or a month ("2025-03"). {@code number}
 * is the quarter (1–4) or month (1–12), 0 for a year. Periods of one frequency sort in time.
 */
public record KpiPeriod(KpiFrequency frequency, int year, int number) implements Comparable<KpiPeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public KpiPeriod {
        int max = switch (frequency) {
            case YEARLY -> 0;
            case QUARTERLY -> 4;
            case MONTHLY -> 12;
        };
        int min = frequency == KpiFrequency.YEARLY ? 0 : 1;
        if (number < min || number > max) {
            throw new IllegalArgumentException("No period " + number + " in a " + frequency + " KPI.");
        }
    }

    public static KpiPeriod year(int year) {
        return new KpiPeriod(KpiFrequency.YEARLY, year, 0);
    }

    public static KpiPeriod quarter(int year, int quarter) {
        return new KpiPeriod(KpiFrequency.QUARTERLY, year, quarter);
    }

    public static KpiPeriod month(int year, int month) {
        return new KpiPeriod(KpiFrequency.MONTHLY, year, month);
    }

    /**
     * Reads "YYYY", "YYYY-Qn" or "YYYY-MM".
     *
     * @return null when the text is none of these
     */
    public static KpiPeriod parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? month(Integer.parseInt(m.group(1)), month) : null;
        }
        return null;
    }

    /** The period of this frequency that holds a date. */
    public static KpiPeriod containing(KpiFrequency frequency, LocalDate date) {
        return switch (frequency) {
            case YEARLY -> year(date.getYear());
            case QUARTERLY -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> month(date.getYear(), date.getMonthValue());
        };
    }

    /** Every period of a frequency from the one holding {@code from} to the one holding {@code to}. */
    public static List<KpiPeriod> between(KpiFrequency frequency, LocalDate from, LocalDate to) {
        List<KpiPeriod> periods = new ArrayList<>();
        for (KpiPeriod p = containing(frequency, from); !p.start().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    public YearMonth firstMonth() {
        return switch (frequency) {
            case YEARLY -> YearMonth.of(year, 1);
            case QUARTERLY -> YearMonth.of(year, number * 3 - 2);
            case MONTHLY -> YearMonth.of(year, number);
        };
    }

    public YearMonth lastMonth() {
        return switch (frequency) {
            case YEARLY -> YearMonth.of(year, 12);
            case QUARTERLY -> YearMonth.of(year, number * 3);
            case MONTHLY -> YearMonth.of(year, number);
        };
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public KpiPeriod next() {
        return containing(frequency, end().plusDays(1));
    }

    @Override
    public int compareTo(KpiPeriod o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : frequency.compareTo(o.frequency);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case YEARLY -> Integer.toString(year);
            case QUARTERLY -> year + "-Q" + number;
            case MONTHLY -> String.format("%d-%02d", year, number);
        };
    }
}
