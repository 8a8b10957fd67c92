package org.kamworkbench.service.fx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.FxRate;

/**
 * Converts into the reporting currency at the rate of a month: the month's own rate when there is
 * one, else the year's. The reporting currency converts at exactly 1; anything else without a
 * rate is a {@link MissingRateException}.
 */
public final class FxTable {
    private final String reportingCurrency;
    private final Map<String, BigDecimal> rates = new HashMap<>();

    public FxTable(String reportingCurrency, List<FxRate> fxRates) {
        this.reportingCurrency = reportingCurrency;
        for (FxRate r : fxRates) {
            rates.put(key(r.currency(), r.year(), r.month()), r.rate());
        }
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    /** The rate for {@code currency} in the month, or null when none applies. */
    public BigDecimal rateOrNull(String currency, int year, int month) {
        if (currency.equals(reportingCurrency)) {
            return BigDecimal.ONE;
        }
        BigDecimal monthly = rates.get(key(currency, year, month));
        return monthly != null ? monthly : rates.get(key(currency, year, FxRate.WHOLE_YEAR));
    }

    public BigDecimal rate(String currency, int year, int month) {
        BigDecimal rate = rateOrNull(currency, year, month);
        if (rate == null) {
            throw new MissingRateException(currency, year, month, reportingCurrency);
        }
        return rate;
    }

    private static String key(String currency, int year, int month) {
        return currency + ':' + year + ':' + month;
    }
}
