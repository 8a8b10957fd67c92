package org.kamworkbench.service.imports.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.NumberStyle;
import org.kamworkbench.service.imports.parse.PeriodParser;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.TableRow;

/**
 * Imports inflation per year for a scope: an ISO currency code or a region of the workspace's
 * mapping. Percentages read "2.5", "2,5" or "2.5%" alike (a percentage never needs grouping).
 */
public final class InflationImport implements RowImport {
    private static final int SCALE = 6;
    private static final BigDecimal MIN = BigDecimal.valueOf(-100);
    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

    private final Cells cells;
    private final RatesRepository rates;
    private final NumberParser point = new NumberParser(new NumberStyle('.', true));
    private final NumberParser comma = new NumberParser(new NumberStyle(',', true));
    private final Map<String, String> regionByKey = new HashMap<>();
    private final String regionList;
    private final int cYear;
    private final int cScope;
    private final int cPercent;
    private final Map<String, BigDecimal> existing = new HashMap<>();
    private final Map<String, InflationRate> incoming = new LinkedHashMap<>();
    private final Map<String, Long> lineOfKey = new HashMap<>();
    private final List<InflationRate> changes = new ArrayList<>();

    public InflationImport(Cells cells, RatesRepository rates, Map<String, String> regionByCountry) {
        this.cells = cells;
        this.rates = rates;
        TreeSet<String> regions = new TreeSet<>(regionByCountry.values());
        for (String r : regions) {
            regionByKey.put(r.strip().toLowerCase(Locale.ROOT), r);
        }
        regionList = String.join(", ", regions);
        ColumnMapping m = cells.mapping();
        cYear = m.column(Fields.YEAR);
        cScope = m.column(Fields.SCOPE);
        cPercent = m.column(Fields.PERCENT);
        for (InflationRate r : rates.inflationRates()) {
            existing.put(r.scope() + '|' + r.year(), r.percent());
        }
    }

    @Override
    public boolean accept(TableRow row) {
        long before = cells.problems().count();
        String yearText = Cells.get(row, cYear);
        int year = PeriodParser.year(yearText);
        if (year < 0) {
            cells.problem(row, cYear, yearText.isEmpty() ? null : yearText,
                    yearText.isEmpty() ? "the year is empty" : "is not a year");
        }
        String scope = scope(row);
        BigDecimal percent = percent(row);
        if (cells.problems().count() != before) {
            return false;
        }
        String key = scope + '|' + year;
        Long first = lineOfKey.putIfAbsent(key, row.line());
        if (first != null) {
            cells.refuse(row, cScope, scope, "value.inflationRepeated", scope, String.valueOf(year), String.valueOf(first));
            return false;
        }
        incoming.put(key, new InflationRate(scope, year, percent));
        return true;
    }

    private String scope(TableRow row) {
        String s = Cells.get(row, cScope);
        if (s.isEmpty()) {
            cells.refuse(row, cScope, null, "value.scopeEmpty");
            return null;
        }
        String currency = Currencies.code(s);
        if (currency != null) {
            return currency;
        }
        String region = regionByKey.get(s.toLowerCase(Locale.ROOT));
        if (region == null) {
            cells.refuse(row, cScope, s, "value.notScope", regionList);
        }
        return region;
    }

    private BigDecimal percent(TableRow row) {
        String s = Cells.get(row, cPercent);
        if (s.isEmpty()) {
            cells.refuse(row, cPercent, null, "value.percentEmpty");
            return null;
        }
        try {
            // the file has no style of its own: a comma without a point is a decimal comma ("2,5 %")
            boolean commaDecimal = !row.isNumeric(cPercent) && s.indexOf(',') >= 0 && s.indexOf('.') < 0;
            BigDecimal p = (commaDecimal ? comma : point).parseRate(s);
            if (p.compareTo(MIN) <= 0 || p.compareTo(MAX) >= 0) {
                cells.refuse(row, cPercent, s, "value.inflationRange");
                return null;
            }
            return p.scale() > SCALE ? p.setScale(SCALE, RoundingMode.HALF_EVEN) : p;
        } catch (InvalidValueException e) {
            cells.refuse(row, cPercent, s, "value.notPercent");
            return null;
        }
    }

    @Override
    public Counts plan(boolean writable) {
        return RateChanges.plan(incoming, existing, InflationRate::percent, changes);
    }

    @Override
    public void write() {
        if (!changes.isEmpty()) {
            rates.saveInflationRates(changes);
        }
    }
}
