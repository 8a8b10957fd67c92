package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;

/** A damaged or rolled-back workspace is refused and left byte for byte as it was; files are private. */
class WorkspaceSafetyTest {
    @TempDir
    Path dir;

    private static void addAccounts(Workspace ws, String prefix, int n) {
        List<Account> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            added.add(new Account(0, prefix + i, "Name " + prefix + i, null, null, null, null, null, null, "EUR",
                    null, null, null, null));
        }
        new AccountStore(ws.jdbi()).saveAll(added, List.of());
    }

    private Path workspaceWithData() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            for (int round = 0; round < 5; round++) {
                addAccounts(ws, "R" + round + "-", 2000);
            }
        }
        return Workspace.databaseFile(path);
    }

    @Test
    void aHealthyWorkspaceReopensAndCountsItsCommits() {
        Path file = workspaceWithData();
        assertThat(new WorkspaceState(file).read()).isEqualTo(5);
        try (Workspace ws = Workspace.open(file, null)) {
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(10_000);
        }
    }

    @Test
    void readingLeavesTheCounterAlone() {
        Path file = workspaceWithData();
        try (Workspace ws = Workspace.open(file, null)) {
            new AccountStore(ws.jdbi()).count();
            new SettingsStore(ws.jdbi()).load();
        }
        assertThat(new WorkspaceState(file).read()).isEqualTo(5);
    }

    @Test
    void openingForReadingWritesNothing() throws IOException {
        Path file = workspaceWithData();
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        try (Workspace ws = Workspace.openForReading(file, null)) {
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(10_000);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void aFullDiskDuringAWriteSaysSoAndChangesNothing() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccounts(ws, "A", 2);
            assertThatThrownBy(() -> ws.jdbi().useTransaction(h -> {
                h.execute("DELETE FROM account");
                throw new java.io.UncheckedIOException(new IOException("No space left on device"));
            })).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The disk is full (")
                    .hasMessageEndingWith("The workspace is unchanged.");
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(2);
        }
    }

    @Test
    void aTruncatedCopyIsRefusedAndLeftUntouched() throws IOException {
        Path file = workspaceWithData();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - bytes.length / 3));
        assertRefusedAndUntouched(file);
    }

    @Test
    void aByteFlippedCopyIsRefusedAndLeftUntouched() throws IOException {
        Path file = workspaceWithData();
        byte[] bytes = Files.readAllBytes(file);
        int newestChunk = lastChunkHeader(bytes);
        for (int i = newestChunk; i < newestChunk + 96; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);
        assertRefusedAndUntouched(file);
    }

    /**
     * The fingerprint of a clean close is dropped before a writable open changes the file, so a session that
     * crashes (the file changed, no close recorded it) is not refused next time; only a file changed while
     * closed is.
     */
    @Test
    void aWritableOpenDropsTheClosedFingerprintBeforeTheFileChanges() {
        Path file = workspaceWithData();
        WorkspaceState state = new WorkspaceState(file);
        assertThat(state.closedAs()).as("after a clean close").isPresent();
        try (Workspace ws = Workspace.open(file.resolveSibling("client"), null)) {
            assertThat(state.closedAs()).as("while open: a crash now must not look like damage").isEmpty();
            addAccounts(ws, "S-", 10);
        }
        assertThat(state.closedAs()).as("closed again").isPresent();
        try (Workspace ws = Workspace.openForReading(file.resolveSibling("client"), null)) {
            assertThat(state.closedAs()).as("reading changes nothing").isPresent();
        }
    }

    /** A workspace made again where one was deleted does not inherit the old one's state (its fingerprint, its counter). */
    @Test
    void aNewWorkspaceForgetsTheStateOfADeletedOneOfTheSameName() throws IOException {
        Path file = workspaceWithData();
        WorkspaceState state = new WorkspaceState(file);
        assertThat(state.read()).isPositive();
        Files.delete(file);
        try (Workspace ws = Workspace.open(file.resolveSibling("client"), null)) {
            assertThat(state.closedAs()).isEmpty();
            assertThat(state.read()).as("the old counter is gone").isZero();
        }
    }

    @Test
    void aCopyRolledBackToAnOlderVersionIsRefused() throws IOException {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccounts(ws, "A", 10);
        }
        Path file = Workspace.databaseFile(path);
        byte[] older = Files.readAllBytes(file);
        try (Workspace ws = Workspace.open(path, null)) {
            addAccounts(ws, "B", 10);
        }
        Files.write(file, older);
        assertRefusedAndUntouched(file);
    }

    @Test
    void aHalfCreatedWorkspaceIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("half.mv.db");
        // what an older version left when the disk filled during its first migration: tables, no history
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("half"), "kam", "");
             var st = c.createStatement()) {
            st.execute("CREATE TABLE setting (name VARCHAR(100) PRIMARY KEY, text_value VARCHAR(4000) NOT NULL)");
        }
        assertThatThrownBy(() -> Workspace.open(file, null)).isInstanceOf(WorkspaceDamagedException.class)
                .hasMessageContaining("is damaged").hasMessageNotContaining("Exception");
    }

    /**
     * Where the last chunk of the H2 file starts: its header ("chunk:…") opens a 4 KB block. Flipping bytes
     * there damages what the open must read (a flip in a page nothing reads at open would only show later).
     */
    private static int lastChunkHeader(byte[] bytes) {
        byte[] mark = "chunk:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int block = (bytes.length / 4096 - 1) * 4096; block >= 2 * 4096; block -= 4096) {
            if (java.util.Arrays.equals(bytes, block, block + mark.length, mark, 0, mark.length)) {
                return block;
            }
        }
        throw new AssertionError("no chunk header in the workspace file");
    }

    private void assertRefusedAndUntouched(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        assertThatThrownBy(() -> Workspace.open(file, null))
                .isInstanceOf(WorkspaceDamagedException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("workspace restore")
                .hasMessageNotContaining("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void filesBackupsAndTheFolderArePrivateWhateverTheUmask() throws IOException {
        Path folder = dir.resolve("KAM Workbench");
        Path path = folder.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccounts(ws, "A", 3);
        }
        Path file = Workspace.databaseFile(path);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(new WorkspaceState(file).file())))
                .isEqualTo("rw-------");
        Backups backups = new Backups(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())))
                .isEqualTo("rwx------");
        assertThat(backups.all()).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(BackupInfo.AFTER_SESSION);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
        });
    }
}
