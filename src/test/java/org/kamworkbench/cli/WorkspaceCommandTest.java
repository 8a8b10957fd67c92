package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** {@code workspace backups --json} lists what changed since each backup; {@code workspace restore} brings one back. */
class WorkspaceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    @Test
    void listsAndRestoresTheBackupOfASession() throws Exception {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace); // a session that wrote: one backup at its close
        WorkspaceWiring wiring = new WorkspaceWiring(home);

        CliRun listed = CliRun.run(wiring, "workspace", "backups", "--json", "--workspace", workspace.toString());
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        JsonNode backups = JSON.readTree(listed.out());
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).get("reason").asText()).isEqualTo("after-session");
        assertThat(backups.get(0).get("contents").get("accounts").asLong()).isEqualTo(2);
        assertThat(backups.get(0).get("contents").get("revenueRecords").asLong()).isEqualTo(3);
        assertThat(backups.get(0).get("currentMinusBackup").get("accounts").asLong()).isZero();

        String name = backups.get(0).get("fileName").asText();
        CliRun restored = CliRun.run(wiring, "workspace", "restore", name, "--workspace", workspace.toString());
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("Restored " + name);

        CliRun status = CliRun.run(wiring, "status", "--json", "--workspace", workspace.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(JSON.readTree(status.out()).get("accounts").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownBackupIsBadInput() {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace);
        CliRun run = CliRun.run(new WorkspaceWiring(home), "workspace", "restore", "nope.zip",
                "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("There is no backup nope.zip");
    }
}
