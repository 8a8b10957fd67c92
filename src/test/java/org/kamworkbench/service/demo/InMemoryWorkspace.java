package org.kamworkbench.service.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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

/** The four repositories in memory, for service tests without a database. */
public final class InMemoryWorkspace implements AccountRepository, RevenueRepository, RatesRepository,
        SettingsRepository {
    public final List<Account> accounts = new ArrayList<>();
    public final List<RevenueCell> cells = new ArrayList<>();
    public final TreeMap<String, FxRate> fx = new TreeMap<>();
    public final TreeMap<String, InflationRate> inflation = new TreeMap<>();
    public WorkspaceSettings settings = new WorkspaceSettings("EUR", DefaultRegions.mapping());

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
        for (Account a : added) {
            accounts.add(a.withId(accounts.size() + 1));
        }
        for (Account u : updated) {
            accounts.replaceAll(a -> a.id() == u.id() ? u : a);
        }
    }

    @Override
    public void forEachCell(Consumer<RevenueCell> sink) {
        cells.forEach(sink);
    }

    @Override
    public List<Integer> monthsWithRevenue() {
        TreeSet<Integer> months = new TreeSet<>();
        cells.forEach(c -> months.add(c.periodKey()));
        return new ArrayList<>(months);
    }

    @Override
    public void write(List<RevenueCell> newCells, Set<Integer> coveredMonths, RevenueMode mode) {
        if (mode == RevenueMode.REPLACE) {
            cells.removeIf(c -> coveredMonths.contains(c.periodKey()));
        }
        cells.addAll(newCells);
    }

    @Override
    public List<FxRate> fxRates() {
        return List.copyOf(fx.values());
    }

    @Override
    public void saveFxRates(List<FxRate> rates) {
        rates.forEach(r -> fx.put(r.currency() + ':' + r.year() + ':' + r.month(), r));
    }

    @Override
    public void deleteFxRate(String currency, int year, int month) {
        fx.remove(currency + ':' + year + ':' + month);
    }

    @Override
    public List<InflationRate> inflationRates() {
        return List.copyOf(inflation.values());
    }

    @Override
    public void saveInflationRates(List<InflationRate> rates) {
        rates.forEach(r -> inflation.put(r.scope() + ':' + r.year(), r));
    }

    @Override
    public void deleteInflationRate(String scope, int year) {
        inflation.remove(scope + ':' + year);
    }

    @Override
    public WorkspaceSettings load() {
        return settings;
    }

    @Override
    public void save(WorkspaceSettings changed) {
        settings = changed;
    }
}
