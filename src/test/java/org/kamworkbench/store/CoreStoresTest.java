package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.WorkspaceSettings;

/** Accounts, revenue segments, rates and settings on both databases (the H2 file matters in {@link WorkspaceStoreTest}). */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class CoreStoresTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    private static Account account(String id, String name) {
        return new Account(0, id, name, "Ann", "DE", "EMEA", "Enterprise", "Retail", "Customer", "EUR",
                new BigDecimal("1000000.50"), 120L, null, "example.com");
    }

    private static List<RevenueCell> cells(RevenueStore revenue) {
        List<RevenueCell> cells = new ArrayList<>();
        revenue.forEachCell(cells::add);
        return cells;
    }

    @Test
    void accountsRoundTripAndUpdate() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            AccountStore store = new AccountStore(ws.jdbi());
            store.saveAll(List.of(account("A1", "Alpha"), account("A2", "Beta")), List.of());
            List<Account> all = store.findAll();
            assertThat(all).hasSize(2);
            Account alpha = all.get(0);
            assertThat(alpha.id()).isPositive();
            assertThat(alpha.sameContentAs(account("A1", "Alpha"))).isTrue();
            Account renamed = new Account(alpha.id(), "A1", "Alpha Group", null, "IT", "EMEA", null, null, null,
                    "EUR", null, null, null, null);
            store.saveAll(List.of(), List.of(renamed));
            assertThat(store.findAll().get(0)).isEqualTo(renamed);
        }
    }

    /** Inserted ten rows per statement and the rest one by one: every one stored, in order, each with its fields. */
    @Test
    void anyNumberOfAccountsIsInsertedWholeAndInOrder() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            AccountStore store = new AccountStore(ws.jdbi());
            for (int count : new int[] {1, 9, 10, 23, 1_005}) {
                List<Account> batch = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    batch.add(new Account(0, count + "-" + i, "Account " + i, i % 2 == 0 ? null : "Owner " + i, "IT",
                            "EMEA", null, "Retail", null, "EUR", i % 3 == 0 ? null : new BigDecimal(i + ".25"),
                            i % 4 == 0 ? null : (long) i, null, null));
                }
                int before = store.findAll().size();
                store.saveAll(batch, List.of());
                List<Account> stored = store.findAll().subList(before, before + count);
                for (int i = 0; i < count; i++) {
                    assertThat(stored.get(i).sameContentAs(batch.get(i))).as(count + " accounts, #" + i).isTrue();
                    assertThat(i == 0 || stored.get(i).id() > stored.get(i - 1).id()).isTrue();
                }
                assertThat(store.count()).isEqualTo(before + count);
            }
        }
    }

    @Test
    void revenueAddsAndReplacesWholeMonths() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            accounts.saveAll(List.of(account("A1", "Alpha"), account("A2", "Beta")), List.of());
            long a1 = accounts.findAll().get(0).id();
            long a2 = accounts.findAll().get(1).id();
            RevenueStore revenue = new RevenueStore(ws.jdbi());
            revenue.write(List.of(new RevenueCell(a1, "EUR", 2024, 1, 1_0000L, 1),
                    new RevenueCell(a1, "EUR", 2024, 2, 2_5000L, 2),
                    new RevenueCell(a2, "USD", 2023, 12, -3_0000L, 1)), Set.of(202401, 202402, 202312), RevenueMode.ADD);
            revenue.write(List.of(new RevenueCell(a1, "EUR", 2024, 1, 4_0000L, 1)), Set.of(202401), RevenueMode.ADD);
            assertThat(cells(revenue)).containsExactlyInAnyOrder(
                    new RevenueCell(a1, "EUR", 2024, 1, 5_0000L, 2),
                    new RevenueCell(a1, "EUR", 2024, 2, 2_5000L, 2),
                    new RevenueCell(a2, "USD", 2023, 12, -3_0000L, 1));
            assertThat(revenue.monthsWithRevenue()).containsExactly(202312, 202401, 202402);
            // read now, decoded later on another thread: what was stored when read, without product lines
            java.util.function.Consumer<java.util.function.Consumer<RevenueCell>> read = revenue.readAmounts();
            List<RevenueCell> amounts = new ArrayList<>();
            revenue.forEachAmount(amounts::add);

            // replacing January 2024 empties it for every account, keeps February
            revenue.write(List.of(new RevenueCell(a2, "USD", 2024, 1, 7_0000L, 3)), Set.of(202401), RevenueMode.REPLACE);
            List<RevenueCell> decoded = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.CompletableFuture.runAsync(() -> read.accept(decoded::add)).join();
            assertThat(decoded).containsExactlyInAnyOrderElementsOf(amounts).hasSize(3);
            assertThat(cells(revenue)).containsExactlyInAnyOrder(
                    new RevenueCell(a2, "USD", 2024, 1, 7_0000L, 3),
                    new RevenueCell(a1, "EUR", 2024, 2, 2_5000L, 2),
                    new RevenueCell(a2, "USD", 2023, 12, -3_0000L, 1));
        }
    }

    @Test
    void ratesUpsertAndAreSeenByAnotherOpen() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            RatesStore rates = new RatesStore(ws.jdbi());
            rates.saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.92")),
                    new FxRate("USD", 2024, 3, new BigDecimal("0.95"))));
            rates.saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.9238")),
                    new FxRate("CHF", 2024, 0, new BigDecimal("1.04")), new FxRate("CHF", 2024, 0, new BigDecimal("1.05"))));
            assertThat(new RatesStore(ws.openAgain()).fxRates()).as("the later of two rates with one key wins")
                    .containsExactly(new FxRate("CHF", 2024, 0, new BigDecimal("1.05")),
                            new FxRate("USD", 2024, 0, new BigDecimal("0.9238")),
                            new FxRate("USD", 2024, 3, new BigDecimal("0.95")));
            rates.saveInflationRates(List.of(new InflationRate("EUR", 2024, new BigDecimal("2.4"))));
            rates.saveInflationRates(List.of(new InflationRate("EUR", 2024, new BigDecimal("2.5")),
                    new InflationRate("USD", 2024, new BigDecimal("3.1"))));
            assertThat(rates.inflationRates()).containsExactly(new InflationRate("EUR", 2024, new BigDecimal("2.5")),
                    new InflationRate("USD", 2024, new BigDecimal("3.1")));
        }
    }

    @Test
    void settingsSavedWithAnEmptiedRegionMappingStayEmpty() {
        try (TestDatabase ws = TestDatabase.create(kind, dir)) {
            new SettingsStore(ws.jdbi()).save(new WorkspaceSettings("USD", java.util.Map.of()));
            WorkspaceSettings settings = new SettingsStore(ws.openAgain()).load();
            assertThat(settings.reportingCurrency()).isEqualTo("USD");
            assertThat(settings.regionByCountry()).isEmpty();
        }
    }
}
