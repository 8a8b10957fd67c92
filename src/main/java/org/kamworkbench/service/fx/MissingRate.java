package org.kamworkbench.service.fx;

/** A currency and year with revenue but no FX rate into the reporting currency (neither monthly nor yearly). */
public record MissingRate(String currency, int year) implements Comparable<MissingRate> {
    @Override
    public int compareTo(MissingRate o) {
        int byYear = Integer.compare(year, o.year);
        return byYear != 0 ? byYear : currency.compareTo(o.currency);
    }

    /** {@code "GBP 2024"}. */
    @Override
    public String toString() {
        return currency + " " + year;
    }
}
