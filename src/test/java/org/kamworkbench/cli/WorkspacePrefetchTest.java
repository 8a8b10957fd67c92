package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePrefetchTest {
    @TempDir
    Path dir;

    @Test
    void findsTheWorkspaceOptionInBothSpellings() {
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"status", "--workspace", "a/b"}))
                .isEqualTo(WorkspaceLocation.of(Path.of("a/b")));
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"--workspace=c", "status"}))
                .isEqualTo(WorkspaceLocation.of(Path.of("c")));
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"status"})).isNull();
    }

    @Test
    void aServerAddressIsATeamWorkspaceAndAnIncompleteOneOpensNothing() {
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"status", "--workspace",
                "postgresql://db:5432/kam?user=anna"}).server()).isPresent();
        String[] incomplete = {"status", "--workspace", "postgresql://db:5432/kam"};
        assertThat(WorkspacePrefetch.workspaceIn(incomplete)).isNull();
        assertThat(WorkspacePrefetch.start(new WorkspaceWiring(dir), incomplete, true, () -> { }))
                .as("not the default workspace instead").isNull();
        CliRun run = CliRun.run(new WorkspaceWiring(dir), incomplete);
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.err()).contains("The server's address needs a user (…?user=name).");
    }

    @Test
    void onlyAnImportCreatesAMissingWorkspaceAhead() {
        assertThat(WorkspacePrefetch.createsAMissingOne(new String[] {"import", "revenue", "x.csv"})).isTrue();
        assertThat(WorkspacePrefetch.createsAMissingOne(new String[] {"--workspace", "import", "import", "fx", "f"}))
                .as("a workspace named import").isTrue();
        assertThat(WorkspacePrefetch.createsAMissingOne(new String[] {"--workspace", "import", "status"})).isFalse();
        assertThat(WorkspacePrefetch.createsAMissingOne(new String[] {"kpi", "import", "k.csv"})).isFalse();
        String[] status = {"status", "--workspace", dir.resolve("typo").toString()};
        assertThat(WorkspacePrefetch.start(new WorkspaceWiring(dir), status, true, () -> { })).isNull();
        assertThat(dir.resolve("typo.mv.db")).doesNotExist();
    }

    @Test
    void anEncryptedWorkspaceCreatedAheadAndNotUsedIsRemoved() throws Exception {
        Path password = dir.resolve("password.txt");
        java.nio.file.Files.writeString(password, "s3cret words\n");
        Path workspace = dir.resolve("secret");
        CliRun run = CliRun.run(new WorkspaceWiring(dir), "import", "accounts", dir.resolve("missing.csv").toString(),
                "--workspace", workspace.toString(), "--password-file", password.toString());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(dir.resolve("secret.mv.db")).doesNotExist();
        assertThat(dir.resolve("secret.mv.db.state")).doesNotExist();
    }

    @Test
    void helpAndUnknownCommandsOpenNothing() {
        assertThat(WorkspacePrefetch.start(new WorkspaceWiring(dir), new String[] {"status", "--help"}, true,
                () -> { })).isNull();
        assertThat(WorkspacePrefetch.start(new WorkspaceWiring(dir), new String[] {"nonsense"}, false,
                () -> { })).isNull();
    }

    @Test
    void aMistypedCommandLineLeavesNoNewWorkspaceBehind() {
        Path ws = dir.resolve("typo");
        CliRun run = CliRun.run(new WorkspaceWiring(dir), "status", "--no-such-option", "--workspace", ws.toString());
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(dir.resolve("typo.mv.db")).doesNotExist();
    }

    @Test
    void theCommandUsesTheWorkspaceOpenedAhead() {
        Path ws = dir.resolve("used");
        new WorkspaceWiring(dir).open(WorkspaceLocation.of(ws)).close();
        CliRun run = CliRun.run(new WorkspaceWiring(dir), "status", "--json", "--workspace", ws.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"accounts\" : 0");
        assertThat(dir.resolve("used.mv.db")).exists();
    }

    @Test
    void aMissingWorkspaceIsNotOpenedAheadSoNothingIsCreated() {
        Path ws = dir.resolve("missing");
        assertThat(WorkspacePrefetch.start(new WorkspaceWiring(dir), new String[] {"status", "--workspace",
                ws.toString()}, true, () -> { })).isNull();
        assertThat(dir.resolve("missing.mv.db")).doesNotExist();
    }
}
