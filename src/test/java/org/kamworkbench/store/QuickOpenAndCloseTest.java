package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;

/**
 * What makes a short call cheap without weakening the safety of issue 14: the fingerprint of a cleanly
 * closed file, backups copied after close or linked, a new workspace's first backup from its bytes as
 * created, and new workspaces copied from a migrated template.
 */
class QuickOpenAndCloseTest {
    @TempDir
    Path dir;

    private static void addAccount(Workspace ws, String id) {
        new AccountStore(ws.jdbi()).saveAll(List.of(new Account(0, id, "Name " + id, null, null, null, null, null,
                null, "EUR", null, null, null, null)), List.of());
    }

    @Test
    void aCleanCloseRecordsTheFilesFingerprintAndACommitWithdrawsIt() throws IOException {
        Path path = dir.resolve("client");
        Path file = Workspace.databaseFile(path);
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
            assertThat(new WorkspaceState(file).closedAs()).as("while open, after a commit").isEmpty();
            assertThat(new WorkspaceState(file).read()).isEqualTo(1);
        }
        FileFingerprint closed = new WorkspaceState(file).closedAs().orElseThrow();
        assertThat(closed).isEqualTo(FileFingerprint.of(file));
        assertThat(closed.size()).isEqualTo(Files.size(file));
        assertThat(new WorkspaceState(file).read()).isEqualTo(1);
        try (Workspace ws = Workspace.open(path, null)) { // the fingerprint matches: opened without a look inside
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(1);
        }
    }

    @Test
    void aFileChangedAfterItsCleanCloseIsCheckedAgainAndARollbackRefused() throws IOException {
        Path path = dir.resolve("client");
        Path file = Workspace.databaseFile(path);
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
        }
        byte[] older = Files.readAllBytes(file);
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "B");
        }
        // the older copy has the same size as often as not: only its checksum differs from the recorded one
        Files.write(file, older);
        assertThat(new WorkspaceState(file).closedAs().orElseThrow().matches(file)).isFalse();
        assertThatThrownBy(() -> Workspace.open(path, null)).isInstanceOf(WorkspaceDamagedException.class);
        assertThatThrownBy(() -> Workspace.openForReading(path, null)).isInstanceOf(WorkspaceDamagedException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(older);
    }

    @Test
    void theBackupAfterASessionIsTheClosedFileStoredAndTheNextImportsBackupALinkToIt() throws IOException {
        Path path = dir.resolve("client");
        Path file = Workspace.databaseFile(path);
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
        }
        Backups backups = new Backups(file);
        Backups.Backup afterSession = backups.newest().orElseThrow();
        assertThat(afterSession.reason()).isEqualTo(BackupInfo.AFTER_SESSION);
        assertThat(storedEntry(afterSession.file())).isEqualTo(Files.readAllBytes(file));
        try (Workspace ws = Workspace.open(path, null)) {
            ws.backUpBeforeImport();
        }
        Backups.Backup beforeImport = backups.newest().orElseThrow();
        assertThat(beforeImport.reason()).isEqualTo(BackupInfo.BEFORE_IMPORT);
        assertThat(Files.isSameFile(beforeImport.file(), afterSession.file())).as("one file, two names").isTrue();
    }

    @Test
    void theBackupBeforeAFirstImportIsTheEmptyWorkspaceAndRestoresAsSuch() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            ws.backUpBeforeImport();
            addAccount(ws, "A");
            addAccount(ws, "B");
        }
        BackupCatalog catalog = new BackupCatalog();
        BackupInfo beforeImport = catalog.lastBeforeImport(org.kamworkbench.service.workspace.WorkspaceLocation.of(path)).orElseThrow();
        assertThat(beforeImport.contents()).isEqualTo(new WorkspaceContents(0, 0, 0, 0));
        catalog.restore(path, beforeImport.fileName());
        try (Workspace ws = Workspace.open(path, null)) { // not refused as gone back in time
            assertThat(new AccountStore(ws.jdbi()).count()).isZero();
            assertThat(new SettingsStore(ws.jdbi()).load().regionByCountry()).isNotEmpty();
        }
    }

    @Test
    void newWorkspacesAfterTheFirstAreCopiesOfTheMigratedTemplate() throws IOException {
        Path cache = dir.resolve("cache");
        EmptyWorkspaceTemplate template = new EmptyWorkspaceTemplate(cache);
        try (Workspace ws = Workspace.open(dir.resolve("first"), null, template)) {
            addAccount(ws, "A");
        }
        List<Path> kept;
        try (var files = Files.list(cache)) {
            kept = files.toList();
        }
        assertThat(kept).singleElement().satisfies(t -> assertThat(t.getFileName().toString()).startsWith("empty-workspace-"));
        try (Workspace ws = Workspace.open(dir.resolve("second"), null, template)) {
            assertThat(new AccountStore(ws.jdbi()).count()).isZero();
            assertThat(new SettingsStore(ws.jdbi()).load().regionByCountry()).isNotEmpty();
            addAccount(ws, "B");
        }
        try (Workspace ws = Workspace.open(dir.resolve("second"), null, template)) {
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedTemplateIsThrownAwayAndTheWorkspaceMigratedAsUsual() throws IOException {
        Path cache = dir.resolve("cache");
        EmptyWorkspaceTemplate template = new EmptyWorkspaceTemplate(cache);
        Workspace.open(dir.resolve("first"), null, template).close();
        Path kept;
        try (var files = Files.list(cache)) {
            kept = files.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(kept, bytes);
        try (Workspace ws = Workspace.open(dir.resolve("second"), null, template)) {
            assertThat(new SettingsStore(ws.jdbi()).load().regionByCountry()).isNotEmpty();
        }
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).as("a good template in place of the damaged one").singleElement()
                    .satisfies(t -> assertThat(Files.readAllBytes(t)).isNotEqualTo(bytes));
        }
    }

    private static byte[] storedEntry(Path zipFile) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
            return zip.readAllBytes();
        }
    }
}
