package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Encrypted workspaces: round trip, wrong and missing passwords, their backups, changing the password. */
class EncryptedWorkspaceTest {
    private static final String NAME = "Zanzibar Plastics Srl";
    private static final char[] SECRET = "correct horse".toCharArray();
    private static final char[] OTHER = "battery staple".toCharArray();

    @TempDir
    Path dir;

    private Path path() {
        return dir.resolve("client");
    }

    private Path file() {
        return dir.resolve("client.mv.db");
    }

    private static void addAccount(Workspace ws, String id, String name) {
        new AccountStore(ws.jdbi()).saveAll(List.of(new Account(0, id, name, null, null, null, null, null,
                null, "EUR", null, null, null, null)), List.of());
    }

    private static List<String> names(Workspace ws) {
        return new AccountStore(ws.jdbi()).findAll().stream().map(Account::name).toList();
    }

    private static boolean holdsPlain(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    private void createEncryptedWithOneAccount() {
        try (Workspace ws = Workspace.open(path(), SECRET)) {
            addAccount(ws, "Z1", NAME);
        }
    }

    @Test
    void anEncryptedWorkspaceReopensWithItsPasswordAndItsFileHoldsNoPlainName() throws IOException {
        createEncryptedWithOneAccount();

        assertThat(Workspace.encrypted(path())).isTrue();
        assertThat(holdsPlain(file(), NAME)).isFalse();
        assertThat(holdsPlain(file(), "Zanzibar")).isFalse();
        try (Workspace ws = Workspace.open(path(), SECRET.clone())) {
            assertThat(names(ws)).containsExactly(NAME);
        }
        try (Workspace ws = Workspace.openForReading(path(), SECRET)) {
            assertThat(names(ws)).containsExactly(NAME);
        }
    }

    @Test
    void aPlainWorkspaceHoldsTheNameInClearWhichIsWhatEncryptionPrevents() throws IOException {
        try (Workspace ws = Workspace.open(path(), null)) {
            addAccount(ws, "Z1", NAME);
        }
        assertThat(Workspace.encrypted(path())).isFalse();
        assertThat(holdsPlain(file(), NAME)).isTrue(); // the check above can fail
    }

    @Test
    void aWrongPasswordIsRefusedWithASentenceAndTheFileIsLeftUntouched() throws IOException {
        createEncryptedWithOneAccount();
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Workspace.open(path(), OTHER))
                .isInstanceOfSatisfying(WorkspacePasswordException.class, e -> {
                    assertThat(e.missing()).isFalse();
                    assertThat(e.inUse()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("That is not the password of the workspace " + file() + ".");
                });
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aMissingPasswordIsAskedForNotTakenForDamage() throws IOException {
        createEncryptedWithOneAccount();
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Workspace.open(path(), null))
                .isNotInstanceOf(WorkspaceDamagedException.class)
                .isInstanceOfSatisfying(WorkspacePasswordException.class, e -> {
                    assertThat(e.missing()).isTrue();
                    assertThat(e.getMessage()).contains("is encrypted and needs its password");
                });
        assertThatThrownBy(() -> Workspace.openForReading(path(), null)).isInstanceOf(WorkspacePasswordException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aDamagedEncryptedWorkspaceIsStillDetected() throws IOException {
        createEncryptedWithOneAccount();
        try (Workspace ws = Workspace.open(path(), SECRET)) {
            addAccount(ws, "Z2", "Second");
        }
        long size = Files.size(file());
        try (var channel = java.nio.channels.FileChannel.open(file(), java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }
        assertThatThrownBy(() -> Workspace.open(path(), SECRET)).isInstanceOf(WorkspaceDamagedException.class);
    }

    @Test
    void backupsOfAnEncryptedWorkspaceAreEncryptedListedAndRestoredWithThePassword() throws IOException {
        createEncryptedWithOneAccount();
        try (Workspace ws = Workspace.open(path(), SECRET)) {
            ws.backUpBeforeImport();
            addAccount(ws, "Z2", "Second Account");
        }
        Backups backups = new Backups(file());
        for (Backups.Backup b : backups.all()) {
            Path extracted = dir.resolve("extracted.mv.db");
            backups.extract(b, extracted);
            assertThat(EncryptedFiles.encrypted(extracted)).as(b.file().getFileName().toString()).isTrue();
            assertThat(holdsPlain(extracted, NAME)).isFalse();
            Files.delete(extracted);
        }

        assertThatThrownBy(() -> new BackupCatalog().list(path())).isInstanceOf(WorkspacePasswordException.class);
        BackupCatalog catalog = new BackupCatalog(SECRET);
        BackupInfo beforeImport = catalog.lastBeforeImport(org.kamworkbench.service.workspace.WorkspaceLocation.of(path())).orElseThrow();
        assertThat(beforeImport.contents().accounts()).isEqualTo(1);
        assertThat(beforeImport.currentMinusBackup().accounts()).isEqualTo(1);
        assertThatThrownBy(() -> new BackupCatalog().restore(path(), beforeImport.fileName()))
                .isInstanceOf(WorkspacePasswordException.class);
        assertThatThrownBy(() -> new BackupCatalog(OTHER).restore(path(), beforeImport.fileName()))
                .hasMessageContaining("does not open with this password").hasMessageContaining("unchanged");

        catalog.restore(path(), beforeImport.fileName());

        try (Workspace ws = Workspace.open(path(), SECRET)) {
            assertThat(names(ws)).containsExactly(NAME);
        }
        assertThat(catalog.list(path())).extracting(BackupInfo::reason).contains(BackupInfo.BEFORE_RESTORE);
        assertThat(catalog.list(path())).allSatisfy(b -> assertThat(b.contents().accounts()).isNotNegative());
    }

    @Test
    void changingThePasswordReencryptsTheFileAndItsBackupsAndKeepsTheOldFileAsABackup() {
        createEncryptedWithOneAccount();

        new PasswordChange().change(path(), SECRET, OTHER);

        assertThatThrownBy(() -> Workspace.open(path(), SECRET)).isInstanceOf(WorkspacePasswordException.class);
        try (Workspace ws = Workspace.open(path(), OTHER)) {
            assertThat(names(ws)).containsExactly(NAME);
        }
        List<BackupInfo> listed = new BackupCatalog(OTHER).list(path());
        assertThat(listed).extracting(BackupInfo::reason).contains(BackupInfo.BEFORE_PASSWORD_CHANGE);
        assertThat(listed).allSatisfy(b -> assertThat(b.contents().accounts()).isEqualTo(1));
        assertThat(dir.toFile().list()).noneMatch(n -> n.contains("rekeying"));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws IOException {
        createEncryptedWithOneAccount();
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> new PasswordChange().change(path(), OTHER, SECRET))
                .isInstanceOf(WorkspacePasswordException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(dir.toFile().list()).noneMatch(n -> n.contains("rekeying"));
    }

    @Test
    void removingThePasswordLeavesAPlainWorkspaceAndAddingOneEncryptsIt() throws IOException {
        createEncryptedWithOneAccount();

        new PasswordChange().change(path(), SECRET, null);

        assertThat(Workspace.encrypted(path())).isFalse();
        try (Workspace ws = Workspace.open(path(), null)) {
            assertThat(names(ws)).containsExactly(NAME);
        }
        assertThat(new BackupCatalog().list(path())).allSatisfy(b -> assertThat(b.contents().accounts()).isEqualTo(1));

        new PasswordChange().change(path(), null, OTHER);

        assertThat(Workspace.encrypted(path())).isTrue();
        assertThat(holdsPlain(file(), NAME)).isFalse();
        try (Workspace ws = Workspace.open(path(), OTHER)) {
            assertThat(names(ws)).containsExactly(NAME);
        }
    }

    @Test
    void thePasswordOfAnOpenWorkspaceCannotBeChanged() {
        createEncryptedWithOneAccount();
        try (Workspace ws = Workspace.open(path(), SECRET)) {
            assertThatThrownBy(() -> new PasswordChange().change(path(), SECRET, OTHER))
                    .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> assertThat(e.inUse()).isTrue());
        }
    }
}
