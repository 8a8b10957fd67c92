package org.kamworkbench.service.imports.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.service.port.RatesRepository;

/** FX and inflation tables in maps. */
public final class MemoryRates implements RatesRepository {
    private final Map<String, FxRate> fx = new LinkedHashMap<>();
    private final Map<String, InflationRate> inflation = new LinkedHashMap<>();
    public int writes;

    @Override
    public List<FxRate> fxRates() {
        return new ArrayList<>(fx.values());
    }

    @Override
    public void saveFxRates(List<FxRate> rates) {
        writes++;
        rates.forEach(r -> fx.put(r.currency() + r.year() + "-" + r.month(), r));
    }

    @Override
    public void deleteFxRate(String currency, int year, int month) {
        fx.remove(currency + year + "-" + month);
    }

    @Override
    public List<InflationRate> inflationRates() {
        return new ArrayList<>(inflation.values());
    }

    @Override
    public void saveInflationRates(List<InflationRate> rates) {
        writes++;
        rates.forEach(r -> inflation.put(r.scope() + r.year(), r));
    }

    @Override
    public void deleteInflationRate(String scope, int year) {
        inflation.remove(scope + year);
    }

    public FxRate fx(String currency, int year, int month) {
        return fx.get(currency + year + "-" + month);
    }

    public InflationRate inflation(String scope, int year) {
        return inflation.get(scope + year);
    }
}
