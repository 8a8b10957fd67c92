package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;

/** Ctrl+C in a plain process, through the same hook the signal runs: the import is cancelled whole. */
class StopSignalTest {
    @TempDir
    Path home;

    @TempDir
    Path dir;

    @Test
    void aSignalDuringAnImportCancelsItAndLeavesTheWorkspaceAsItWas() throws Exception {
        Path workspace = dir.resolve("client");
        new WorkspaceWiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace)).close();
        StopSignal stop = new StopSignal();
        // the hook's own work: ask to stop, then wait until the command has rolled back
        CompletableFuture<Void> signal = CompletableFuture.runAsync(stop::stopAndWait);
        StringWriter err = new StringWriter();
        int code;
        try {
            code = new KamCli(new WorkspaceWiring(home), new PrintWriter(new StringWriter()), new PrintWriter(err),
                    stop.caller()).run(new String[] {"import", "accounts",
                            ImportEndToEndTest.fixture("salesforce-report-accounts.csv"), "--workspace",
                            workspace.toString()});
        } finally {
            stop.finished();
        }
        signal.get(10, TimeUnit.SECONDS);
        assertThat(code).as(err.toString()).isNotZero();
        assertThat(err.toString()).doesNotContain("Exception");
        CliRun status = CliRun.run(new WorkspaceWiring(home), "status", "--json", "--workspace", workspace.toString());
        assertThat(status.out()).as("nothing of the cancelled import").contains("\"accounts\" : 0");
    }
}
