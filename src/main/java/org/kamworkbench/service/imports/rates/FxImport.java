package org.kamworkbench.service.imports.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.PeriodCells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports FX rates (units of reporting currency per 1 unit of the currency, per year or month),
 * inserting new ones and replacing changed ones. With inverse rates the file gives units of the
 * currency per 1 reporting unit and each rate is turned into 1/rate (12 decimals, half-even).
 */
public final class FxImport implements RowImport {
    /** The workspace stores 12 decimals and 16 integer digits. */
    private static final int SCALE = 12;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private final Cells cells;
    private final NumberParser numbers;
    private final RatesRepository rates;
    private final String reporting;
    private final boolean inverse;
    private final PeriodCells periods;
    private final int cCurrency;
    private final int cRate;
    private final Map<String, BigDecimal> existing = new HashMap<>();
    private final Map<String, FxRate> incoming = new LinkedHashMap<>();
    private final Map<String, Long> lineOfKey = new HashMap<>();
    private final List<FxRate> changes = new ArrayList<>();

    public FxImport(Cells cells, NumberParser numbers, RatesRepository rates, String reportingCurrency,
                    boolean inverse) {
        this.cells = cells;
        this.numbers = numbers;
        this.rates = rates;
        this.reporting = reportingCurrency;
        this.inverse = inverse;
        ColumnMapping m = cells.mapping();
        periods = new PeriodCells(cells, m.column(Fields.PERIOD), m.column(Fields.YEAR), m.column(Fields.MONTH));
        cCurrency = m.column(Fields.CURRENCY);
        cRate = m.column(Fields.RATE);
        for (FxRate r : rates.fxRates()) {
            existing.put(key(r.currency(), r.year(), r.month()), r.rate());
        }
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        int period = periods.read(row);
        String currencyText = Cells.get(row, cCurrency);
        String currency = Currencies.code(currencyText);
        if (currency == null) {
            cells.problem(row, cCurrency, currencyText.isEmpty() ? null : currencyText, currencyText.isEmpty()
                    ? "the currency is empty" : "is not an ISO 4217 currency code (such as EUR or USD)");
        }
        BigDecimal rate = rate(row, currency);
        if (cells.problems().count() != before) {
            return false;
        }
        String key = key(currency, period / 100, period % 100);
        Long first = lineOfKey.putIfAbsent(key, row.line());
        if (first != null) {
            cells.refuse(row, cCurrency, currency, "value.rateRepeated", currency, describe(period), String.valueOf(first));
            return false;
        }
        incoming.put(key, new FxRate(currency, period / 100, period % 100, rate));
        return true;
    }

    private BigDecimal rate(TableRow row, String currency) {
        String s = Cells.get(row, cRate);
        if (s.isEmpty()) {
            cells.refuse(row, cRate, null, "value.rateEmpty");
            return null;
        }
        BigDecimal rate;
        try {
            rate = numbers.forCell(row, cRate).parseDecimal(s);
        } catch (InvalidValueException e) {
            cells.problem(row, cRate, s, e.sentence());
            return null;
        }
        if (rate.signum() <= 0) {
            cells.refuse(row, cRate, s, "value.notPositive");
            return null;
        }
        if (inverse) {
            rate = BigDecimal.ONE.divide(rate, SCALE, RoundingMode.HALF_EVEN);
        } else if (rate.scale() > SCALE) {
            rate = rate.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
        if (rate.signum() == 0 || rate.compareTo(LIMIT) >= 0) {
            cells.refuse(row, cRate, s, "value.rateTooPrecise");
            return null;
        }
        if (reporting.equals(currency) && rate.compareTo(BigDecimal.ONE) != 0) {
            cells.refuse(row, cRate, s, "value.reportingRate", reporting);
            return null;
        }
        return rate;
    }

    @Override
    public Counts plan(boolean writable) {
        return RateChanges.plan(incoming, existing, FxRate::rate, changes);
    }

    @Override
    public void write() {
        if (!changes.isEmpty()) {
            rates.saveFxRates(changes);
        }
    }

    private static String key(String currency, int year, int month) {
        return currency + '|' + year + '|' + month;
    }

    static String describe(int period) {
        return period % 100 == 0 ? String.valueOf(period / 100)
                : String.format("%d-%02d", period / 100, period % 100);
    }
}
