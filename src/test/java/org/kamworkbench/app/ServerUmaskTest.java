package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background process runs with umask 077: a file it creates for a call is private whatever the caller's umask. */
class ServerUmaskTest {
    @TempDir
    Path dir;

    @Test
    void aFileCreatedByTheWrappedCommandIsPrivate() throws Exception {
        Path made = dir.resolve("made-by-the-server.txt");
        List<String> command = new ArrayList<>(BackgroundServerStart.withPrivateUmask(List.of("touch", made.toString())));
        // started from a shell whose umask is 000, as a careless caller's would be
        List<String> fromLaxCaller = new ArrayList<>(List.of("/bin/sh", "-c", "umask 000 && exec \"$0\" \"$@\""));
        fromLaxCaller.addAll(command);
        assertThat(new ProcessBuilder(fromLaxCaller).inheritIO().start().waitFor()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");

        Path lax = dir.resolve("made-without-the-wrapper.txt");
        List<String> unwrapped = new ArrayList<>(List.of("/bin/sh", "-c", "umask 000 && exec \"$0\" \"$@\"", "touch",
                lax.toString()));
        assertThat(new ProcessBuilder(unwrapped).inheritIO().start().waitFor()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lax)))
                .as("the same without the wrapper: the caller's umask 000").isEqualTo("rw-rw-rw-");
    }
}
