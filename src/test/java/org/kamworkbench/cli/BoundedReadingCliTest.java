package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.io.ZipBombs;

/** Files that cannot be read whole end the call with a sentence and exit 2, and release the workspace. */
class BoundedReadingCliTest {
    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), dir.resolve("ws"), args);
    }

    @Test
    void aZipBombIsRefusedWithExit2AndTheWorkspaceIsReleased() throws Exception {
        cli("import", "accounts", ImportEndToEndTest.fixture("salesforce-report-accounts.csv"));
        Path bomb = ZipBombs.write(dir.resolve("accounts.xlsx"), 150);
        CliRun run = cli("import", "accounts", bomb.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("The file is too large to read: accounts.xlsx").doesNotContain("Exception");
        CliRun status = cli("status", "--json");
        assertThat(status.exitCode()).as("released: %s", status).isZero();
    }

    @Test
    void aCutOffLastLineIsRefusedNamingItAndNothingIsImported() throws Exception {
        Path file = dir.resolve("accounts.csv");
        Files.writeString(file, "Account ID,Account Name,Billing Country\nA1,Alpha,DE\nA2,Beta,IT\nA3,Gam\n",
                StandardCharsets.UTF_8);
        CliRun run = cli("import", "accounts", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("line 4 has 2 fields").doesNotContain("Exception");
        assertThat(cli("status", "--json").out()).contains("\"accounts\" : 0");
    }
}
