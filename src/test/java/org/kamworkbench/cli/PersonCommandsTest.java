package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.store.Workspace;

/** {@code account forget-person ID [--dry-run] [--json]} and {@code account export-person ID --out FILE}. */
class PersonCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private WorkspaceWiring wiring;
    private Path workspace;

    @BeforeEach
    void twoPeople() {
        wiring = new WorkspaceWiring(home);
        workspace = dir.resolve("client");
        try (Workspace ws = Workspace.open(workspace, null)) {
            ws.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO account (id, external_id, name, currency) VALUES (10, 'A', 'Acme SpA', 'EUR')");
                h.execute("INSERT INTO stakeholder (id, account_id, name, email, reports_to_id, notes) VALUES "
                        + "(1, 10, 'Aldo Rossi', NULL, NULL, 'Boss of Bianca Neri'), "
                        + "(2, 10, 'Bianca Neri', 'bn@acme.it', 1, NULL)");
            });
        }
    }

    @Test
    void aDryRunListsWithoutRemovingThenTheRealRunRemoves() throws Exception {
        CliRun dry = CliRun.inWorkspace(wiring, workspace, "account", "forget-person", "2", "--dry-run", "--json");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        JsonNode planned = JSON.readTree(dry.out());
        assertThat(planned.get("removed").asBoolean()).isFalse();
        assertThat(planned.get("person").get("person").get("name").asText()).isEqualTo("Bianca Neri");
        assertThat(planned.get("person").get("reportsTo").asText()).isEqualTo("Aldo Rossi");
        assertThat(planned.get("person").get("mentions")).hasSize(1);

        CliRun real = CliRun.inWorkspace(wiring, workspace, "account", "forget-person", "2", "--json");
        assertThat(real.exitCode()).as(real.toString()).isZero();
        assertThat(JSON.readTree(real.out()).get("removed").asBoolean()).isTrue();

        CliRun again = CliRun.inWorkspace(wiring, workspace, "account", "forget-person", "2");
        assertThat(again.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(again.err()).contains("There is no stakeholder with id 2.");
        CliRun show = CliRun.inWorkspace(wiring, workspace, "account", "show", "A", "--json");
        assertThat(show.out()).contains("Aldo Rossi").doesNotContain("Bianca");
    }

    @Test
    void exportWritesWhatTheWorkspaceHoldsAboutThePerson() throws Exception {
        Path out = dir.resolve("bianca.json");
        CliRun run = CliRun.inWorkspace(wiring, workspace, "account", "export-person", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode exported = JSON.readTree(Files.readString(out));
        assertThat(exported.get("person").get("email").asText()).isEqualTo("bn@acme.it");
        assertThat(exported.get("accountName").asText()).isEqualTo("Acme SpA");
        assertThat(exported.get("mentions").get(0).get("text").asText()).isEqualTo("Boss of Bianca Neri");
    }
}
