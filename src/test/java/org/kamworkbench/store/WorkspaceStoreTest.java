package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kamworkbench.domain.Account;
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

    private static int historyRows(Workspace ws) {
        return ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")
                .mapTo(Integer.class).one());
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
