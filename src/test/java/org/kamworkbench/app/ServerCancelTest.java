package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCli;

/**
 * Ctrl+C in a client of the background process: the client forwards the cancel and waits for the
 * answer, so the import is either cancelled whole (exit 130, workspace as it was) or reported as
 * already complete — never applied behind the user's back.
 */
class ServerCancelTest {
    @TempDir
    Path dir;

    @Test
    void ctrlCInTheClientCancelsTheImportInTheBackgroundProcess() throws Exception {
        RevenueFiles.RevenueFile big = RevenueFiles.write(dir.resolve("big.csv"), 3, 200_000);
        Path ws = dir.resolve("ws");
        new WorkspaceWiring(dir).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws)).close();
        Path socket = dir.resolve("s.sock");
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                new CliServer(socket, new WorkspaceWiring(dir), Duration.ofSeconds(2), false).serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 500 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        AtomicReference<Runnable> signal = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<OptionalInt> call = CompletableFuture.supplyAsync(() -> CliClient.run(socket,
                new String[] {"import", "revenue", big.path().toString(), "--add", "--create-accounts",
                        "--workspace", ws.toString()}, false, out, err, cancelAndWait -> {
                    signal.set(cancelAndWait);
                    return () -> { };
                }));
        for (int i = 0; i < 500 && signal.get() == null; i++) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // the import is reading its 200 000 lines
        boolean finishedFirst = call.isDone(); // a quiet machine may be done already: nothing left to cancel
        signal.get().run(); // what the client's shutdown hook runs on Ctrl+C
        // the signal returns once the background process has answered; the client's call then only has to return
        assertThat(call).as("the call ends right after the signal").succeedsWithin(Duration.ofSeconds(10));
        int code = call.get().getAsInt();
        String said = err.toString(Charset.defaultCharset());

        StatusAnswer status = status(socket, ws);
        if (said.contains("Import cancelled; the workspace is unchanged.")) {
            assertThat(code).isEqualTo(KamCli.INTERRUPTED);
            assertThat(status.records()).as("nothing of the cancelled import").isZero();
        } else if (finishedFirst || (code == KamCli.OK && said.isBlank())) {
            // done before the signal reached the background process (it checks for a gone caller right after the
            // commit, so a signal later than that check finds a finished import): the summary says it was imported
            assertThat(code).isZero();
            assertThat(out.toString(Charset.defaultCharset())).contains("Imported");
            assertThat(status.records()).isEqualTo(big.lines());
        } else {
            assertThat(said).as("exit %d, said: %s", code, said)
                    .contains("The import had already completed; nothing was undone.");
            assertThat(status.records()).isEqualTo(big.lines());
        }
        assertThat(said).doesNotContain("Exception");
        System.out.println("ServerCancelTest: exit " + code + ", " + said.strip());
        serving.get(30, TimeUnit.SECONDS);
    }

    private record StatusAnswer(long records) {
    }

    private static StatusAnswer status(Path socket, Path ws) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, new String[] {"status", "--json", "--workspace", ws.toString()}, false,
                out, new ByteArrayOutputStream());
        assertThat(code).hasValue(KamCli.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString(Charset.defaultCharset()));
        return new StatusAnswer(json.get("revenueRecords").asLong());
    }
}
