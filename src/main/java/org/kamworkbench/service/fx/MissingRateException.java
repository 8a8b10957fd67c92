package org.kamworkbench.service.fx;

import java.util.List;

/** Revenue in a currency and period with no FX rate: shown to the user, never converted at 1.0. */
public class MissingRateException extends RuntimeException {
    private final String currency;
    private final int year;
    private final int month;
    private final List<MissingRate> all;

    public MissingRateException(String currency, int year, int month, String reportingCurrency) {
        this(currency, year, month, reportingCurrency, List.of(new MissingRate(currency, year)));
    }

    /**
     * The first missing month, and {@code all} the currencies and years the same work lacks (the first
     * among them), so that a screen can name every one at once.
     */
    public MissingRateException(String currency, int year, int month, String reportingCurrency,
                                List<MissingRate> all) {
        super(String.format("No FX rate for %s in %d-%02d (nor for the year %d): add it to the FX table "
                + "(units of %s per 1 %s).", currency, year, month, year, reportingCurrency, currency)
                + (all.size() > 1 ? " Also without a rate: " + others(all, currency, year) + "." : ""));
        this.currency = currency;
        this.year = year;
        this.month = month;
        this.all = List.copyOf(all);
    }

    private static String others(List<MissingRate> all, String currency, int year) {
        return String.join(", ", all.stream().filter(m -> !(m.currency().equals(currency) && m.year() == year))
                .map(MissingRate::toString).toList());
    }

    /** Every currency and year without a rate, by year then currency; at least the one of the message. */
    public List<MissingRate> all() {
        return all;
    }

    public String currency() {
        return currency;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }
}
