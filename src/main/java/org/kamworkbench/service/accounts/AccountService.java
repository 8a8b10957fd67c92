package org.kamworkbench.service.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;

/** Reads accounts, alone or with their yearly revenue in the reporting currency. */
public final class AccountService {
    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;

    public AccountService(AccountRepository accounts, RevenueRepository revenue, RatesRepository rates,
                          SettingsRepository settings) {
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
    }

    public List<Account> list() {
        return accounts.findAll();
    }

    public AccountTable table() {
        String reporting = settings.load().reportingCurrency();
        FxTable fx = new FxTable(reporting, rates.fxRates());
        Map<Long, Map<Integer, BigDecimal>> byAccount = new HashMap<>();
        Map<Long, Set<Integer>> unconverted = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        revenue.forEachAmount(c -> {
            years.add(c.year());
            BigDecimal rate = fx.rateOrNull(c.currency(), c.year(), c.month());
            if (rate == null) {
                unconverted.computeIfAbsent(c.accountId(), k -> new HashSet<>()).add(c.year());
                missing.add(new MissingRateException(c.currency(), c.year(), c.month(), reporting).getMessage());
                return;
            }
            byAccount.computeIfAbsent(c.accountId(), k -> new HashMap<>())
                    .merge(c.year(), c.amount().multiply(rate), BigDecimal::add);
        });
        List<AccountRow> rows = new ArrayList<>();
        for (Account a : accounts.findAll()) {
            Set<Integer> bad = unconverted.getOrDefault(a.id(), Set.of());
            Map<Integer, BigDecimal> good = new HashMap<>(byAccount.getOrDefault(a.id(), Map.of()));
            good.keySet().removeAll(bad);
            rows.add(new AccountRow(a, good, bad));
        }
        return new AccountTable(reporting, new ArrayList<>(years), rows, new ArrayList<>(missing));
    }
}
