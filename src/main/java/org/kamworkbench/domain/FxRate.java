package org.kamworkbench.domain;

import java.math.BigDecimal;

/**
 * Units of reporting currency per 1 unit of {@code currency}, for a year ({@code month} 0) or
 * for one month of it (1–12). The most specific rate wins.
 */
public record FxRate(String currency, int year, int month, BigDecimal rate) {
    public static final int WHOLE_YEAR = 0;

    public FxRate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 0 (whole year) or 1-12: " + month);
        }
    }

    public boolean isYearly() {
        return month == WHOLE_YEAR;
    }
}
