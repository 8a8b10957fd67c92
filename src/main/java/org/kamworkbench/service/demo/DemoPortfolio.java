package org.kamworkbench.service.demo;

import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;

/**
 * A generated portfolio, before it is stored: accounts (ids 0), their revenue at month grain keyed
 * by external id, and the rate tables of its years.
 */
public record DemoPortfolio(List<Account> accounts, List<DemoRevenue> revenue, List<FxRate> fxRates,
                            List<InflationRate> inflationRates) {

    /**
     * Net revenue of one account in one month, in its currency.
     *
     * @param amountE4 the exact sum in units of 1/10 000
     * @param records  invoice lines and credit notes that make it
     */
    public record DemoRevenue(String externalId, String currency, int year, int month, long amountE4, int records) {
    }

    public DemoPortfolio {
        accounts = List.copyOf(accounts);
        revenue = List.copyOf(revenue);
        fxRates = List.copyOf(fxRates);
        inflationRates = List.copyOf(inflationRates);
    }

    /** Source records (invoice lines and credit notes) in the portfolio. */
    public long records() {
        return revenue.stream().mapToLong(DemoRevenue::records).sum();
    }
}
