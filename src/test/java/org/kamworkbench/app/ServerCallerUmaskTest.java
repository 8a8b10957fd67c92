package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCli;

/**
 * With {@code KAM_SERVER=on}, a file the background process creates for a call gets the caller's umask
 * (it sends it with the call): under 022 an export is 0644, under 077 0600, as from the caller's own
 * process; a workspace archive stays 0600 and the workspace itself 0600 whatever the umask.
 */
class ServerCallerUmaskTest {
    @TempDir
    Path dir;
    private Path socket;
    private CompletableFuture<Void> serving;

    @BeforeEach
    void startServer() throws Exception {
        socket = dir.resolve("s.sock");
        new WorkspaceWiring(dir).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("ws"))).close();
        serving = CompletableFuture.runAsync(() -> {
            try {
                new CliServer(socket, new WorkspaceWiring(dir), Duration.ofSeconds(3), false).serve(); // idle long enough for a loaded machine
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 500 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        assertThat(socket).exists();
    }

    @AfterEach
    void waitForIdleStop() throws Exception {
        serving.get(20, TimeUnit.SECONDS);
    }

    @Test
    void anExportGetsTheCallersUmask() throws Exception {
        Path lax = dir.resolve("plans-022.csv");
        call(0022, "export", "plans", "--out", lax.toString());
        assertThat(mode(lax)).isEqualTo("rw-r--r--");

        Path strict = dir.resolve("plans-077.csv");
        call(0077, "export", "plans", "--out=" + strict);
        assertThat(mode(strict)).isEqualTo("rw-------");

        // replaced by a later call: the new file follows that call's umask
        call(0077, "export", "plans", "--out", lax.toString());
        assertThat(mode(lax)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("ws.mv.db"))).as("the workspace stays private").isEqualTo("rw-------");
    }

    @Test
    void aWorkspaceArchiveStaysPrivateWhateverTheUmask() throws Exception {
        Path archive = dir.resolve("ws.kamx");
        call(0022, "workspace", "export", "--out", archive.toString());
        assertThat(mode(archive)).isEqualTo("rw-------");
    }

    @Test
    void aFileTheCallDidNotCreateIsLeftAsItWas() throws Exception {
        Path mine = dir.resolve("notes.txt");
        Files.writeString(mine, "mine");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r-----"));
        // the call refuses (no such table), so nothing is written to --out
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, new String[] {"export", "nothing", "--out", mine.toString(),
                "--workspace", dir.resolve("ws").toString()}, false, 0000, new ByteArrayOutputStream(), err,
                CliClient.Signals.SHUTDOWN_HOOK);
        assertThat(code).hasValue(KamCli.BAD_INPUT);
        assertThat(mode(mine)).isEqualTo("rw-r-----");
    }

    @Test
    void aFileCreatedPrivateIsOpenedUpToTheUmaskAndTheUmaskOfThisProcessIsRead() throws Exception {
        Path file = dir.resolve("made.txt");
        CallerOutputs before = CallerOutputs.before(List.of("report", "--out", "made.txt"), dir);
        Files.writeString(file, "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); // as under umask 077
        before.applyUmask(0027);
        assertThat(mode(file)).isEqualTo("rw-r-----");

        Process sh = new ProcessBuilder("/bin/sh", "-c", "umask").start(); // inherits this process's umask
        String printed = new String(sh.getInputStream().readAllBytes(), Charset.defaultCharset()).trim();
        assertThat(sh.waitFor()).isZero();
        assertThat(CallerOutputs.umaskOfThisProcess()).isEqualTo(Integer.parseInt(printed, 8));
    }

    private void call(int umask, String... args) {
        String[] withWorkspace = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--workspace", dir.resolve("ws").toString())).toArray(String[]::new);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = CliClient.run(socket, withWorkspace, false, umask, new ByteArrayOutputStream(), err,
                CliClient.Signals.SHUTDOWN_HOOK);
        assertThat(code).as(err.toString(Charset.defaultCharset())).hasValue(KamCli.OK);
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
