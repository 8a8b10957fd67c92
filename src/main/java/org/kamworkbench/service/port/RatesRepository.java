package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;

/** The FX and inflation tables. Each write is one transaction. */
public interface RatesRepository {
    List<FxRate> fxRates();

    /** Inserts or replaces rates keyed by (currency, year, month). */
    void saveFxRates(List<FxRate> rates);

    void deleteFxRate(String currency, int year, int month);

    List<InflationRate> inflationRates();

    /** Inserts or replaces rates keyed by (scope, year). */
    void saveInflationRates(List<InflationRate> rates);

    void deleteInflationRate(String scope, int year);
}
