package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.WorkspaceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {
    @TempDir
    Path dir;

    private static Account account(String id, String name) {
        return new Account(0, id, name, "Ann", "DE", "EMEA", "Enterprise", "Retail", "Customer", "EUR",
                new BigDecimal("1000000.50"), 120L, null, "example.com");
    }

    @Test
    void newWorkspaceIsMigratedWithDefaults() {
        try (Workspace ws = Workspace.open(dir.resolve("client"), null)) {
            assertThat(ws.file()).hasFileName("client.mv.db").exists();
            assertThat(dir.resolve("client.trace.db")).as("no H2 error trace beside a new workspace").doesNotExist();
            WorkspaceSettings settings = new SettingsStore(ws.jdbi()).load();
            assertThat(settings.reportingCurrency()).isEqualTo("EUR");
            assertThat(settings.regionByCountry()).containsEntry("US", "AMER").containsEntry("JP", "APAC")
                    .containsEntry("IT", "EMEA");
        }
    }

    @Test
    void accountsRoundTripAndUpdate() {
        try (Workspace ws = Workspace.open(dir.resolve("a"), null)) {
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

    @Test
    void revenueAddsAndReplacesWholeMonths() {
        try (Workspace ws = Workspace.open(dir.resolve("r"), null)) {
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

            // replacing January 2024 empties it for every account, keeps February
            revenue.write(List.of(new RevenueCell(a2, "USD", 2024, 1, 7_0000L, 3)), Set.of(202401), RevenueMode.REPLACE);
            assertThat(cells(revenue)).containsExactlyInAnyOrder(
                    new RevenueCell(a2, "USD", 2024, 1, 7_0000L, 3),
                    new RevenueCell(a1, "EUR", 2024, 2, 2_5000L, 2),
                    new RevenueCell(a2, "USD", 2023, 12, -3_0000L, 1));
        }
    }

    @Test
    void ratesUpsertAndSurviveReopen() {
        Path path = dir.resolve("fx");
        try (Workspace ws = Workspace.open(path, null)) {
            RatesStore rates = new RatesStore(ws.jdbi());
            rates.saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.92")),
                    new FxRate("USD", 2024, 3, new BigDecimal("0.95"))));
            rates.saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.9238"))));
        }
        try (Workspace ws = Workspace.open(path, null)) {
            assertThat(new RatesStore(ws.jdbi()).fxRates()).containsExactly(
                    new FxRate("USD", 2024, 0, new BigDecimal("0.9238")),
                    new FxRate("USD", 2024, 3, new BigDecimal("0.95")));
        }
    }

    private static int historyRows(Workspace ws) {
        return ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")
                .mapTo(Integer.class).one());
    }

    private static List<RevenueCell> cells(RevenueStore revenue) {
        List<RevenueCell> cells = new ArrayList<>();
        revenue.forEachCell(cells::add);
        return cells;
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            newest = Math.max(newest, Integer.parseInt(RevenueSegmentsMigration.VERSION));
            assertThat(Workspace.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
        }
    }

    @Test
    void reopeningAnUpToDateWorkspaceKeepsItsData() {
        Path path = dir.resolve("again");
        int historyRows;
        try (Workspace ws = Workspace.open(path, null)) {
            new AccountStore(ws.jdbi()).saveAll(List.of(account("A1", "Alpha")), List.of());
            historyRows = historyRows(ws);
        }
        try (Workspace ws = Workspace.open(path, null)) {
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(1);
            assertThat(historyRows(ws)).isEqualTo(historyRows);
        }
    }

    @Test
    void defaultRegionsAreSeededOnceSoAnEmptiedMappingStaysEmpty() {
        Path path = dir.resolve("regions");
        try (Workspace ws = Workspace.open(path, null)) {
            new SettingsStore(ws.jdbi()).save(new WorkspaceSettings("USD", java.util.Map.of()));
        }
        try (Workspace ws = Workspace.open(path, null)) {
            WorkspaceSettings settings = new SettingsStore(ws.jdbi()).load();
            assertThat(settings.reportingCurrency()).isEqualTo("USD");
            assertThat(settings.regionByCountry()).isEmpty();
        }
    }

    @Test
    void closingCompactsOnlyWhenMuchOfTheFileIsDeadSpace() throws Exception {
        Path path = dir.resolve("grow");
        long fresh;
        try (Workspace ws = Workspace.open(path, null)) {
            new AccountStore(ws.jdbi()).saveAll(List.of(account("A1", "Alpha")), List.of());
        }
        fresh = java.nio.file.Files.size(dir.resolve("grow.mv.db"));
        assertThat(fresh).as("a small new workspace is left as it is").isLessThan(16L << 20);
        // replacing a year of many cells again and again leaves the old versions as dead chunks
        List<RevenueCell> cells = new ArrayList<>();
        for (int a = 1; a <= 4000; a++) {
            for (int m = 1; m <= 12; m++) {
                cells.add(new RevenueCell(a, "EUR", 2024, m, a * 10_000L + m, 1));
            }
        }
        long grown;
        try (Workspace ws = Workspace.open(path, null)) {
            RevenueStore revenue = new RevenueStore(ws.jdbi());
            for (int i = 0; i < 60; i++) {
                revenue.write(cells, Set.of(202401), RevenueMode.REPLACE);
            }
            grown = java.nio.file.Files.size(dir.resolve("grow.mv.db"));
        }
        assertThat(grown).as("the writes left dead space").isGreaterThan(16L << 20);
        assertThat(java.nio.file.Files.size(dir.resolve("grow.mv.db"))).as("compacted at close")
                .isLessThan(grown / 2);
    }
}
