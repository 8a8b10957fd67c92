package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCli;

/**
 * The background process (KAM_SERVER=on) shares one H2 database between its calls: two client calls
 * of {@code import revenue --add} at the same time both land (or the second is refused as busy, exit 3,
 * and lands when retried), 10 runs out of 10.
 */
class ServerConcurrentImportsTest {
    private static final int RUNS = 10;

    @TempDir
    Path dir;

    private record Answer(int code, String out, String err) {
    }

    @Test
    void twoClientCallsAddingAtOnceBothLand() throws Exception {
        RevenueFiles.RevenueFile a = RevenueFiles.write(dir.resolve("a.csv"), 1, 1500);
        RevenueFiles.RevenueFile b = RevenueFiles.write(dir.resolve("b.csv"), 2, 1000);
        Path socket = dir.resolve("s.sock");
        CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
            try {
                new CliServer(socket, new WorkspaceWiring(dir), Duration.ofSeconds(3), false).serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 500 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        int busy = 0;
        for (int run = 0; run < RUNS; run++) {
            String ws = dir.resolve("ws" + run).toString();
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> addAfter(start, socket, a.path(), ws));
            CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() -> addAfter(start, socket, b.path(), ws));
            for (var call : java.util.List.of(first, second)) {
                Answer answer = call.get(120, TimeUnit.SECONDS);
                if (answer.code() == KamCli.BUSY) {
                    busy++;
                    assertThat(answer.err()).contains("is busy").doesNotContain("Exception", "SQL");
                    Path again = call == first ? a.path() : b.path();
                    answer = addAfter(null, socket, again, ws);
                }
                assertThat(answer.code()).as("run %d: %s", run, answer).isEqualTo(KamCli.OK);
            }
            Answer status = call(socket, "status", "--json", "--workspace", ws);
            JsonNode json = new ObjectMapper().readTree(status.out());
            assertThat(json.get("accounts").asInt()).as("run %d", run).isEqualTo(40);
            assertThat(json.get("revenueRecords").asLong()).as("run %d", run).isEqualTo(a.lines() + b.lines());
            assertThat(new BigDecimal(json.get("revenueByCurrency").get("EUR").asText())).as("run %d", run)
                    .isEqualByComparingTo(a.total().add(b.total()));
        }
        System.out.println("ServerConcurrentImportsTest: " + RUNS + " runs, " + busy + " refused as busy and retried");
        serving.get(30, TimeUnit.SECONDS);
    }

    private static Answer addAfter(CyclicBarrier start, Path socket, Path file, String ws) {
        try {
            if (start != null) {
                start.await();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call(socket, "import", "revenue", file.toString(), "--add", "--create-accounts", "--workspace", ws);
    }

    private static Answer call(Path socket, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, args, false, out, err);
        assertThat(code).as("the background process took the call").isPresent();
        return new Answer(code.getAsInt(), out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
    }
}
