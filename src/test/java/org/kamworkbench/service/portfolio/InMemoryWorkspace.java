package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;

/**
 * A small builder for hand-made portfolios over the shared in-memory repositories
 * ({@link org.kamworkbench.service.demo.InMemoryWorkspace}).
 */
final class InMemoryWorkspace {
    final org.kamworkbench.service.demo.InMemoryWorkspace store = new org.kamworkbench.service.demo.InMemoryWorkspace();
    final List<Account> accounts = store.accounts;
    final List<RevenueCell> cells = store.cells;

    /** Adds an account (id = position + 1) in region EMEA, division "Enterprise", currency EUR. */
    InMemoryWorkspace account(String externalId) {
        return account(externalId, "EMEA", "EUR");
    }

    InMemoryWorkspace account(String externalId, String region, String currency) {
        accounts.add(new Account(accounts.size() + 1, externalId, "Name of " + externalId, "Owner", "DE", region,
                "Enterprise", "Retail", "Customer", currency, null, null, null, null));
        return this;
    }

    InMemoryWorkspace account(Account account) {
        accounts.add(account.withId(accounts.size() + 1));
        return this;
    }

    /** Revenue of an account (by external id) in its own currency, in a month. */
    InMemoryWorkspace revenue(String externalId, int year, int month, String amount) {
        Account a = find(externalId);
        return revenue(externalId, a.currency(), year, month, amount);
    }

    InMemoryWorkspace revenue(String externalId, String currency, int year, int month, String amount) {
        Account a = find(externalId);
        cells.add(new RevenueCell(a.id(), currency, year, month,
                new BigDecimal(amount).movePointRight(4).longValueExact(), 1));
        return this;
    }

    InMemoryWorkspace fx(String currency, int year, String rate) {
        return fx(currency, year, FxRate.WHOLE_YEAR, rate);
    }

    InMemoryWorkspace fx(String currency, int year, int month, String rate) {
        store.saveFxRates(List.of(new FxRate(currency, year, month, new BigDecimal(rate))));
        return this;
    }

    InMemoryWorkspace inflation(String scope, int year, String percent) {
        store.saveInflationRates(List.of(new InflationRate(scope, year, new BigDecimal(percent))));
        return this;
    }

    PortfolioService service() {
        return new PortfolioService(store, store, store, store);
    }

    PortfolioData data() {
        return service().load();
    }

    private Account find(String externalId) {
        return accounts.stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }
}
