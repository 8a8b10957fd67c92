package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.BackupInfo;

/**
 * Every file the workspace leaves behind is private (0600, folders 0700) whatever the umask of the process
 * that made it: a child JVM started under {@code umask 000} and {@code 022} creates a workspace, writes,
 * backs up, restores and encrypts it, then every file and folder under it is checked.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PrivateFilesUmaskTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000", "022"})
    void everythingAWorkspaceWritesIsPrivate(String umask) throws Exception {
        Path folder = dir.resolve("KAM Workbench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "umask " + umask + " && exec " + quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
                + " " + quote(Child.class.getName()) + " " + quote(folder.resolve("client").toString());
        Process child = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        // the child really ran under that umask: a file it made without PrivateFiles shows it
        assertThat(perms(folder.getParent().resolve("umask-witness"))).isEqualTo(umask.equals("000") ? "rw-rw-rw-" : "rw-r--r--");

        List<Path> made;
        try (Stream<Path> walk = Files.walk(folder)) {
            made = walk.toList();
        }
        assertThat(made).extracting(p -> folder.relativize(p).toString())
                .contains("client.mv.db", "client.mv.db.state", "client.backups")
                .anyMatch(n -> n.contains(BackupInfo.BEFORE_RESTORE))
                .anyMatch(n -> n.contains(BackupInfo.BEFORE_PASSWORD_CHANGE));
        for (Path p : made) {
            assertThat(perms(p)).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs in the child JVM: every path that writes workspace files, once. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Path path = Path.of(args[0]);
            Files.createDirectories(path.getParent().getParent());
            Files.writeString(path.getParent().getParent().resolve("umask-witness"), "made with the umask");
            try (Workspace ws = Workspace.open(path, null)) {
                ws.backUpBeforeImport();
                new AccountStore(ws.jdbi()).saveAll(List.of(new Account(0, "A1", "Alpha", null, null, null, null,
                        null, null, "EUR", null, null, null, null)), List.of());
            }
            BackupCatalog catalog = new BackupCatalog();
            catalog.restore(path, catalog.lastBeforeImport(org.kamworkbench.service.workspace.WorkspaceLocation.of(path)).orElseThrow().fileName());
            new PasswordChange().change(path, null, "secret".toCharArray());
            try (Workspace ws = Workspace.open(path, "secret".toCharArray())) {
                new Backups(ws.file()).takeClosed(BackupInfo.AFTER_SESSION, Instant.now().plusSeconds(1));
            }
        }
    }
}
