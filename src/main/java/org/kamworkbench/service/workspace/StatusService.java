package org.kamworkbench.service.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;

/** Counts and totals of a workspace, for the status bar and {@code status --json}. */
public final class StatusService {
    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;

    public StatusService(AccountRepository accounts, RevenueRepository revenue, RatesRepository rates,
                         SettingsRepository settings) {
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
    }

    public WorkspaceStatus status() {
        String reporting = settings.load().reportingCurrency();
        FxTable fx = new FxTable(reporting, rates.fxRates());
        Map<String, long[]> byCurrency = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        long[] records = {0};
        BigDecimal[] total = {BigDecimal.ZERO};
        Sentence[] missing = {null};
        revenue.forEachAmount(c -> {
            byCurrency.computeIfAbsent(c.currency(), k -> new long[1])[0] += c.amountE4();
            years.add(c.year());
            records[0] += c.records();
            if (missing[0] == null) {
                try {
                    total[0] = total[0].add(c.amount().multiply(fx.rate(c.currency(), c.year(), c.month())));
                } catch (MissingRateException e) {
                    missing[0] = e.sentence();
                }
            }
        });
        Map<String, BigDecimal> totals = new TreeMap<>();
        byCurrency.forEach((currency, sum) -> totals.put(currency, BigDecimal.valueOf(sum[0], 4).stripTrailingZeros()));
        return new WorkspaceStatus(reporting, accounts.count(), records[0], totals, new ArrayList<>(years),
                missing[0] == null ? total[0] : null, missing[0]);
    }
}
