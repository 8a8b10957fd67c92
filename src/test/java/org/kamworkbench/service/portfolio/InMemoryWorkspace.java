package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;

/** In-memory fakes of the repositories, with a small builder for hand-made portfolios. */
final class InMemoryWorkspace implements AccountRepository, RevenueRepository, RatesRepository, SettingsRepository {
    final List<Account> accounts = new ArrayList<>();
    final List<RevenueCell> cells = new ArrayList<>();
    final List<FxRate> fxRates = new ArrayList<>();
    final List<InflationRate> inflation = new ArrayList<>();
    WorkspaceSettings settings = new WorkspaceSettings("EUR", DefaultRegions.mapping());

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
        fxRates.add(new FxRate(currency, year, month, new BigDecimal(rate)));
        return this;
    }

    InMemoryWorkspace inflation(String scope, int year, String percent) {
        inflation.add(new InflationRate(scope, year, new BigDecimal(percent)));
        return this;
    }

    PortfolioService service() {
        return new PortfolioService(this, this, this, this);
    }

    PortfolioData data() {
        return service().load();
    }

    private Account find(String externalId) {
        return accounts.stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    @Override
    public List<Account> findAll() {
        return List.copyOf(accounts);
    }

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public void saveAll(List<Account> added, List<Account> updated) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public void forEachCell(Consumer<RevenueCell> sink) {
        cells.forEach(sink);
    }

    @Override
    public List<Integer> monthsWithRevenue() {
        Set<Integer> months = new TreeSet<>();
        cells.forEach(c -> months.add(c.periodKey()));
        return new ArrayList<>(months);
    }

    @Override
    public void write(List<RevenueCell> newCells, Set<Integer> coveredMonths, RevenueMode mode) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public List<FxRate> fxRates() {
        return List.copyOf(fxRates);
    }

    @Override
    public void saveFxRates(List<FxRate> rates) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public void deleteFxRate(String currency, int year, int month) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public List<InflationRate> inflationRates() {
        return List.copyOf(inflation);
    }

    @Override
    public void saveInflationRates(List<InflationRate> rates) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public void deleteInflationRate(String scope, int year) {
        throw new UnsupportedOperationException("read-only fake");
    }

    @Override
    public WorkspaceSettings load() {
        return settings;
    }

    @Override
    public void save(WorkspaceSettings changed) {
        throw new UnsupportedOperationException("read-only fake");
    }
}
