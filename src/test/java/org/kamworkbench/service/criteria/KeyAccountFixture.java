package org.kamworkbench.service.criteria;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.portfolio.PortfolioService;

/** A hand-made workspace in memory with a fixed "today", and the key-account service over it. */
public final class KeyAccountFixture {
    public final InMemoryWorkspace store = new InMemoryWorkspace();
    public final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    private LocalDate today = LocalDate.of(2024, 12, 31);

    public KeyAccountFixture today(LocalDate date) {
        this.today = date;
        return this;
    }

    public KeyAccountFixture account(String externalId, String currency, String annualRevenue, Long employees) {
        store.accounts.add(new Account(store.accounts.size() + 1, externalId, "Name of " + externalId, "Owner", "DE",
                "EMEA", "Enterprise", "Retail", "Customer", currency,
                annualRevenue == null ? null : new BigDecimal(annualRevenue), employees, null, null));
        return this;
    }

    public KeyAccountFixture account(String externalId) {
        return account(externalId, "EUR", null, null);
    }

    public long id(String externalId) {
        return store.accounts.stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow().id();
    }

    public KeyAccountFixture revenue(String externalId, int year, int month, String amount) {
        Account a = store.accounts.get((int) id(externalId) - 1);
        store.cells.add(new RevenueCell(a.id(), a.currency(), year, month,
                new BigDecimal(amount).movePointRight(4).longValueExact(), 1));
        return this;
    }

    public KeyAccountFixture fx(String currency, int year, String rate) {
        store.saveFxRates(List.of(new FxRate(currency, year, FxRate.WHOLE_YEAR, new BigDecimal(rate))));
        return this;
    }

    public KeyAccountFixture inflation(String scope, int year, String percent) {
        store.saveInflationRates(List.of(new InflationRate(scope, year, new BigDecimal(percent))));
        return this;
    }

    public KeyAccountFixture rate(String externalId, String criterion, int level) {
        keys.saveAll(List.of(new Rating(id(externalId), criterion, level, today, "Test", "")));
        return this;
    }

    public KeyAccountServices service() {
        PortfolioService portfolio = new PortfolioService(store, store, store, store);
        return KeyAccountServices.of(keys, keys, keys, keys, portfolio, store, store, null,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                org.kamworkbench.service.edit.MemoryVersions.guard("Test user", Clock.systemUTC()));
    }

    public static Criterion manual(String name, Axis axis, double weight) {
        return Criterion.manual(name, axis, weight, 5);
    }

    public static Criterion data(String name, Axis axis, double weight, CriterionSource source, long... thresholds) {
        return new Criterion(name, "", axis, weight, 5, Criterion.blankAnchors(5), source,
                java.util.Arrays.stream(thresholds).mapToObj(BigDecimal::valueOf).toList(), false, GrowthKind.NOMINAL);
    }

    public static CriteriaSet set(String name, Criterion... criteria) {
        return new CriteriaSet(name, 0, null, 50, 12, 12, List.of(criteria));
    }
}
