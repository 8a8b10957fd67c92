package org.kamworkbench.service.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;

/**
 * The FX and inflation tables of the demo years: rounded annual averages of 2022–2024 (ECB reference
 * rates, consumer price indices), so that the demo's conversions and real growth look like the
 * real world rather than invented numbers.
 */
final class DemoRates {
    static final List<Integer> YEARS = List.of(2022, 2023, 2024);

    /** Units of EUR per 1 unit of the currency, per demo year. */
    private static final Map<String, BigDecimal[]> EUR_PER_UNIT = Map.of(
            "EUR", decimals("1", "1", "1"),
            "USD", decimals("0.9497", "0.9248", "0.9243"),
            "GBP", decimals("1.1726", "1.1497", "1.1812"),
            "CHF", decimals("0.9953", "1.0290", "1.0498"),
            "JPY", decimals("0.007245", "0.006579", "0.006103"));

    /** Annual consumer price inflation in percent, per currency area and demo year. */
    private static final Map<String, BigDecimal[]> INFLATION = Map.of(
            "EUR", decimals("8.4", "5.4", "2.4"),
            "USD", decimals("8.0", "4.1", "2.9"),
            "GBP", decimals("9.1", "7.3", "2.5"),
            "CHF", decimals("2.8", "2.1", "1.1"),
            "JPY", decimals("2.5", "3.2", "2.7"));

    private DemoRates() {
    }

    static Set<String> currencies() {
        return EUR_PER_UNIT.keySet();
    }

    static BigDecimal eurPerUnit(String currency, int year) {
        return EUR_PER_UNIT.get(currency)[YEARS.indexOf(year)];
    }

    /** Yearly rates of every demo currency but the reporting one, as units of {@code reporting} per unit. */
    static List<FxRate> fxRates(String reporting) {
        if (!EUR_PER_UNIT.containsKey(reporting)) {
            throw new org.kamworkbench.service.message.UserStateException("demo.noRates",
                    String.join(", ", new TreeMap<>(EUR_PER_UNIT).keySet()), reporting);
        }
        List<FxRate> rates = new ArrayList<>();
        for (String currency : new TreeMap<>(EUR_PER_UNIT).keySet()) {
            if (currency.equals(reporting)) {
                continue;
            }
            for (int year : YEARS) {
                BigDecimal rate = eurPerUnit(currency, year).divide(eurPerUnit(reporting, year), MathContext.DECIMAL64)
                        .round(new MathContext(6)).stripTrailingZeros();
                rates.add(new FxRate(currency, year, FxRate.WHOLE_YEAR, rate));
            }
        }
        return rates;
    }

    static List<InflationRate> inflationRates() {
        List<InflationRate> rates = new ArrayList<>();
        for (String currency : new TreeMap<>(INFLATION).keySet()) {
            for (int year : YEARS) {
                rates.add(new InflationRate(currency, year, INFLATION.get(currency)[YEARS.indexOf(year)]));
            }
        }
        return rates;
    }

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] result = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = new BigDecimal(values[i]);
        }
        return result;
    }
}
