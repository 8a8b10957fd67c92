package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

class AccountsListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    @Test
    void jsonArrayWithEveryAttributeAndExactAnnualRevenue() throws Exception {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace);
        CliRun run = CliRun.run(new WorkspaceWiring(home), "accounts", "--workspace", workspace.toString(), "list",
                "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode accounts = JSON.readTree(run.out());
        assertThat(accounts.isArray()).isTrue();
        assertThat(accounts).hasSize(2);
        JsonNode alpha = accounts.get(0);
        assertThat(iterable(alpha.fieldNames())).containsExactly("externalId", "name", "owner", "country", "region",
                "division", "industry", "type", "currency", "annualRevenue", "employees", "parentExternalId",
                "website");
        assertThat(alpha.get("externalId").asText()).isEqualTo("A1");
        assertThat(alpha.get("name").asText()).isEqualTo("Alpha GmbH");
        assertThat(alpha.get("owner").asText()).isEqualTo("Ann");
        assertThat(alpha.get("country").asText()).isEqualTo("DE");
        assertThat(alpha.get("region").asText()).isEqualTo("EMEA");
        assertThat(alpha.get("division").asText()).isEqualTo("Enterprise");
        assertThat(alpha.get("industry").asText()).isEqualTo("Retail");
        assertThat(alpha.get("currency").asText()).isEqualTo("EUR");
        assertThat(alpha.get("annualRevenue").isNumber()).isTrue();
        assertThat(alpha.get("employees").asLong()).isEqualTo(120);
        assertThat(run.out()).contains("\"annualRevenue\" : 1234567.8912");
        JsonNode beta = accounts.get(1);
        assertThat(beta.get("annualRevenue").isNull()).isTrue();
        assertThat(beta.get("owner").isNull()).isTrue();
        assertThat(beta.get("parentExternalId").asText()).isEqualTo("A1");
    }

    @Test
    void emptyWorkspaceListsAnEmptyArray() throws Exception {
        new WorkspaceWiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("empty"))).close();
        CliRun run = CliRun.run(new WorkspaceWiring(home), "accounts", "list", "--json", "--workspace",
                dir.resolve("empty").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).isArray()).isTrue();
        assertThat(JSON.readTree(run.out())).isEmpty();
    }

    @Test
    void readableTableHasAlignedColumns() {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace);
        CliRun run = CliRun.run(new WorkspaceWiring(home), "--workspace", workspace.toString(), "accounts", "list");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("External ID  Name        Owner  Country");
        assertThat(lines.get(1)).startsWith("-----------  ----------  -----  -------");
        assertThat(lines.get(2)).startsWith("A1           Alpha GmbH  Ann    DE");
        assertThat(lines.get(3)).startsWith("B2           Beta Inc           US");
        int revenueEnd = lines.get(0).indexOf("Annual revenue") + "Annual revenue".length();
        assertThat(lines.get(2).substring(0, revenueEnd)).endsWith("1234567.8912");
    }

    @Test
    void accountsWithoutASubCommandIsBadInput() {
        CliRun run = CliRun.run(new WorkspaceWiring(home), "accounts", "--workspace", dir.resolve("w").toString());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("accounts list");
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
