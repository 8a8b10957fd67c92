package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;

class StatusCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    /** Two accounts; revenue in EUR (2023, 2024) and USD (2024), with FX rates. */
    static void seed(Path workspace) {
        try (Workspace ws = Workspace.open(workspace, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            accounts.saveAll(List.of(
                    new Account(0, "A1", "Alpha GmbH", "Ann", "DE", "EMEA", "Enterprise", "Retail", "Customer", "EUR",
                            new BigDecimal("1234567.8912"), 120L, null, "alpha.example"),
                    new Account(0, "B2", "Beta Inc", null, "US", "AMER", null, null, null, "USD", null, null, "A1",
                            null)), List.of());
            long a1 = accounts.findAll().get(0).id();
            long b2 = accounts.findAll().get(1).id();
            new RevenueStore(ws.jdbi()).write(List.of(
                    new RevenueCell(a1, "EUR", 2023, 12, 1_000_0000L, 2),
                    new RevenueCell(a1, "EUR", 2024, 1, 250_5000L, 1),
                    new RevenueCell(b2, "USD", 2024, 3, -10_0001L, 1)), Set.of(202312, 202401, 202403), RevenueMode.ADD);
            new RatesStore(ws.jdbi()).saveFxRates(List.of(new FxRate("USD", 2024, 0, new BigDecimal("0.9"))));
        }
    }

    @Test
    void statusJsonOfASeededWorkspace() throws Exception {
        Path workspace = dir.resolve("client");
        seed(workspace);
        CliRun run = CliRun.run(new WorkspaceWiring(home), "status", "--json", "--workspace", workspace.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode status = JSON.readTree(run.out());
        assertThat(status.get("accounts").asLong()).isEqualTo(2);
        assertThat(status.get("revenueRecords").asLong()).isEqualTo(4);
        assertThat(status.get("revenueByCurrency").get("EUR").decimalValue()).isEqualByComparingTo("1250.5");
        assertThat(status.get("revenueByCurrency").get("USD").isNumber()).isTrue();
        assertThat(status.get("revenueByCurrency").get("USD").decimalValue()).isEqualByComparingTo("-10.0001");
        assertThat(status.get("years").isArray()).isTrue();
        assertThat(status.get("years").get(0).isIntegralNumber()).isTrue();
        assertThat(status.get("years")).extracting(JsonNode::asInt).containsExactly(2023, 2024);
        assertThat(run.out()).contains("-10.0001").doesNotContain("E+").doesNotContain("E-");
    }

    @Test
    void workspaceOptionMayStandBeforeOrAfterTheCommand() throws Exception {
        Path before = dir.resolve("new-before");
        new WorkspaceWiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(before)).close();
        CliRun first = CliRun.run(new WorkspaceWiring(home), "--workspace", before.toString(), "status", "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(JSON.readTree(first.out()).get("accounts").asLong()).isZero();

        Path after = dir.resolve("nested/new-after");
        new WorkspaceWiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(after)).close();
        CliRun second = CliRun.run(new WorkspaceWiring(home), "status", "--json", "--workspace", after.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(Files.exists(home.resolve("KAM Workbench"))).as("the default workspace stays untouched").isFalse();
    }

    @Test
    void readCommandsOnAPathWithNoWorkspaceExit2AndCreateNothing() throws Exception {
        Path missing = dir.resolve("typo/clinet");
        for (String[] command : new String[][] {{"status"}, {"status", "--json"}, {"accounts", "list", "--json"},
                {"analyze", "pareto", "--by", "region", "--json"}, {"account", "show", "C1"},
                {"actions", "list"}, {"plan", "show", "C1"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--workspace", missing.toString())).toArray(String[]::new);
            CliRun run = CliRun.run(new WorkspaceWiring(home), args);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).contains("No workspace at " + missing);
            assertThat(run.out()).isEmpty();
        }
        assertThat(Workspace.databaseFile(missing)).doesNotExist();
        assertThat(missing.getParent()).as("not even its folder").doesNotExist();
        CliRun onDefault = CliRun.run(new WorkspaceWiring(home), "status");
        assertThat(onDefault.exitCode()).isEqualTo(2);
        assertThat(Files.exists(home.resolve("KAM Workbench"))).isFalse();
    }

    @Test
    void readableStatusWithoutJson() {
        Path workspace = dir.resolve("client");
        seed(workspace);
        CliRun run = CliRun.run(new WorkspaceWiring(home), "--workspace", workspace.toString(), "status");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Accounts:         2").contains("Years:            [2023, 2024]");
    }

    @Test
    void unknownOptionsAndCommandsAreBadInput() {
        CliRun unknownOption = CliRun.run(new WorkspaceWiring(home), "status", "--jsn", "--workspace",
                dir.resolve("w").toString());
        assertThat(unknownOption.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(unknownOption.err()).contains("--jsn");
        CliRun unknownCommand = CliRun.run(new WorkspaceWiring(home), "frobnicate");
        assertThat(unknownCommand.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        CliRun missingValue = CliRun.run(new WorkspaceWiring(home), "status", "--workspace");
        assertThat(missingValue.exitCode()).isEqualTo(KamCli.BAD_INPUT);
    }

    @Test
    void everySubCommandExplainsItselfWithHelp() {
        for (String[] command : new String[][] {{"status"}, {"import", "revenue"}, {"accounts", "list"},
                {"analyze", "pareto"}, {"scenario", "lose"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun help = CliRun.run(new WorkspaceWiring(home), args);
            assertThat(help.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).as(String.join(" ", args)).contains("Usage: kam-workbench " + String.join(" ", command));
        }
    }
}
