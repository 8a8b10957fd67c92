package org.kamworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;

/**
 * Seeds a workspace with a clean data set of the shared bench generator (accounts.csv,
 * invoices.csv, fx.csv) through the store classes, summing invoice lines into month cells: a
 * stand-in for the import (another branch) so the analysis commands can be timed on the medium
 * set. Run after {@code mvn package}:
 * <pre>java -cp target/kam-workbench.jar:target/test-classes org.kamworkbench.bench.SeedBenchWorkspace DATA_DIR WORKSPACE</pre>
 */
public final class SeedBenchWorkspace {
    private SeedBenchWorkspace() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        long t0 = System.nanoTime();
        List<Account> accounts = new ArrayList<>();
        for (String[] r : rows(data.resolve("accounts.csv"))) {
            // account_id,name,country,region,division,currency,industry,owner,created
            accounts.add(new Account(0, r[0], r[1], r[7], r[2], r[3], r[4], r[6], null, r[5], null, null, null,
                    null));
        }
        try (Workspace ws = Workspace.open(Path.of(args[1]), null)) {
            AccountStore accountStore = new AccountStore(ws.jdbi());
            accountStore.saveAll(accounts, List.of());
            Map<String, Account> byId = new HashMap<>();
            accountStore.findAll().forEach(a -> byId.put(a.externalId(), a));
            Map<Long, long[]> cells = new HashMap<>();
            for (String[] r : rows(data.resolve("invoices.csv"))) {
                // invoice_id,account_id,date,amount,product_line
                Account a = byId.get(r[1]);
                long key = a.id() * 1_000_000L + Integer.parseInt(r[2].substring(0, 4)) * 100L
                        + Integer.parseInt(r[2].substring(5, 7));
                long[] sum = cells.computeIfAbsent(key, k -> new long[2]);
                sum[0] += new BigDecimal(r[3]).movePointRight(4).longValueExact();
                sum[1]++;
            }
            Map<Long, String> currencyOf = new HashMap<>();
            byId.values().forEach(a -> currencyOf.put(a.id(), a.currency()));
            List<RevenueCell> revenue = new ArrayList<>();
            Set<Integer> months = new HashSet<>();
            cells.forEach((key, sum) -> {
                long id = key / 1_000_000L;
                int period = (int) (key % 1_000_000L);
                revenue.add(new RevenueCell(id, currencyOf.get(id), period / 100, period % 100, sum[0], (int) sum[1]));
                months.add(period);
            });
            new RevenueStore(ws.jdbi()).write(revenue, months, RevenueMode.ADD);
            List<FxRate> rates = new ArrayList<>();
            for (String[] r : rows(data.resolve("fx.csv"))) {
                rates.add(new FxRate(r[1], Integer.parseInt(r[0]), FxRate.WHOLE_YEAR, new BigDecimal(r[2])));
            }
            new RatesStore(ws.jdbi()).saveFxRates(rates);
            System.out.printf("%d accounts, %d month cells, %d FX rates in %.1f s%n", accounts.size(), revenue.size(),
                    rates.size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        }
    }
}
