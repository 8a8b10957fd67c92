package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePrefetchTest {
    @TempDir
    Path dir;

    @Test
    void findsTheWorkspaceOptionInBothSpellings() {
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"status", "--workspace", "a/b"})).isEqualTo(Path.of("a/b"));
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"--workspace=c", "status"})).isEqualTo(Path.of("c"));
        assertThat(WorkspacePrefetch.workspaceIn(new String[] {"status"})).isNull();
    }

    @Test
    void theCommandTakesTheWorkspaceOpenedAhead() {
        Path ws = dir.resolve("ahead");
        WorkspacePrefetch prefetch = WorkspacePrefetch.start(new WorkspaceWiring(dir),
                new String[] {"status", "--workspace", ws.toString()}, true, () -> { });
        assertThat(prefetch).isNotNull();
        assertThat(prefetch.take(dir.resolve("other"))).as("another workspace is not the prefetched one").isNull();
        try (WorkspaceServices services = prefetch.take(ws)) {
            assertThat(services.file()).isEqualTo(dir.resolve("ahead.mv.db"));
            assertThat(services.accounts().list()).isEmpty();
        }
        assertThat(prefetch.take(ws)).as("taken once").isNull();
        prefetch.releaseUnused();
        assertThat(dir.resolve("ahead.mv.db")).as("a taken workspace stays").exists();
    }

    @Test
    void aWorkspaceCreatedAheadButNeverUsedIsRemoved() {
        Path ws = dir.resolve("unused");
        WorkspacePrefetch prefetch = WorkspacePrefetch.start(new WorkspaceWiring(dir),
                new String[] {"import", "accounts", "missing.csv", "--workspace", ws.toString()}, true, () -> { });
        prefetch.releaseUnused();
        assertThat(dir.resolve("unused.mv.db")).doesNotExist();
    }

    @Test
    void anExistingWorkspaceNeverUsedIsKept() {
        Path ws = dir.resolve("kept");
        new WorkspaceWiring(dir).open(ws).close();
        WorkspacePrefetch.start(new WorkspaceWiring(dir), new String[] {"status", "--workspace", ws.toString()}, true,
                () -> { }).releaseUnused();
        assertThat(dir.resolve("kept.mv.db")).exists();
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
}
