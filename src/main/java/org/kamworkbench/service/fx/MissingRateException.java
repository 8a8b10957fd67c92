package org.kamworkbench.service.fx;

/** Revenue in a currency and period with no FX rate: shown to the user, never converted at 1.0. */
public class MissingRateException extends RuntimeException {
    private final String currency;
    private final int year;
    private final int month;

    public MissingRateException(String currency, int year, int month, String reportingCurrency) {
        super(String.format("No FX rate for %s in %d-%02d (nor for the year %d): add it to the FX table "
                + "(units of %s per 1 %s).", currency, year, month, year, reportingCurrency, currency));
        this.currency = currency;
        this.year = year;
        this.month = month;
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
