package org.kamworkbench.service.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place that works out which rates are missing: collects the currencies and months that hold
 * revenue, then names, per currency, the years in which some month has no rate in the {@link FxTable}.
 */
public final class MissingRates {
    private final FxTable fx;
    private final Map<String, TreeSet<Integer>> monthsByCurrency = new TreeMap<>();

    public MissingRates(FxTable fx) {
        this.fx = fx;
    }

    /** Notes that {@code currency} has revenue in the month. */
    public void add(String currency, int year, int month) {
        if (!currency.equals(fx.reportingCurrency())) {
            monthsByCurrency.computeIfAbsent(currency, c -> new TreeSet<>()).add(year * 100 + month);
        }
    }

    /** Per currency (alphabetical), the years (ascending) with a month that cannot be converted. */
    public List<MissingRateYears> missing() {
        List<MissingRateYears> missing = new ArrayList<>();
        monthsByCurrency.forEach((currency, months) -> {
            TreeSet<Integer> years = new TreeSet<>();
            for (int period : months) {
                if (fx.rateOrNull(currency, period / 100, period % 100) == null) {
                    years.add(period / 100);
                }
            }
            if (!years.isEmpty()) {
                missing.add(new MissingRateYears(currency, new ArrayList<>(years)));
            }
        });
        return missing;
    }
}
