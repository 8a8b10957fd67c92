package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Backups round trip, their rotation and a restore refused while the workspace is open. */
class BackupsTest {
    @TempDir
    Path dir;

    private static void addAccount(Workspace ws, String id) {
        new AccountStore(ws.jdbi()).saveAll(List.of(new Account(0, id, "Name " + id, null, null, null, null, null,
                null, "EUR", null, null, null, null)), List.of());
    }

    @Test
    void restoringABackupBringsBackItsDataAndKeepsTheCurrentFile() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
        }
        try (Workspace ws = Workspace.open(path, null)) {
            ws.backUpBeforeImport();
            addAccount(ws, "B");
            addAccount(ws, "C");
        }
        BackupCatalog catalog = new BackupCatalog();
        List<BackupInfo> listed = catalog.list(path);
        assertThat(listed).extracting(BackupInfo::reason)
                .containsExactly(BackupInfo.AFTER_SESSION, BackupInfo.BEFORE_IMPORT, BackupInfo.AFTER_SESSION);
        BackupInfo beforeImport = catalog.lastBeforeImport(org.kamworkbench.service.workspace.WorkspaceLocation.of(path)).orElseThrow();
        assertThat(beforeImport.contents()).isEqualTo(new WorkspaceContents(1, 0, 0, 0));
        assertThat(beforeImport.currentMinusBackup().accounts()).isEqualTo(2);

        catalog.restore(path, beforeImport.fileName());

        try (Workspace ws = Workspace.open(path, null)) { // not refused as gone back in time
            assertThat(new AccountStore(ws.jdbi()).count()).isEqualTo(1);
        }
        BackupInfo keptCurrent = catalog.list(path).stream()
                .filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE)).findFirst().orElseThrow();
        assertThat(keptCurrent.contents().accounts()).isEqualTo(3);
    }

    @Test
    void restoreIsRefusedWhileTheWorkspaceIsOpen() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
        }
        String backup = new BackupCatalog().list(path).get(0).fileName();
        try (Workspace ws = Workspace.open(path, null)) {
            assertThatThrownBy(() -> new BackupCatalog().restore(path, backup))
                    .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> assertThat(e.inUse()).isTrue());
        }
    }

    @Test
    void anImportRightAfterASessionsBackupCopiesThatBackupInsteadOfCompressingTheSameStateAgain() {
        Path path = dir.resolve("client");
        try (Workspace ws = Workspace.open(path, null)) {
            addAccount(ws, "A");
        }
        Backups backups = new Backups(path.resolveSibling("client.mv.db"));
        assertThat(backups.all()).extracting(Backups.Backup::reason).containsExactly(BackupInfo.AFTER_SESSION);
        try (Workspace ws = Workspace.open(path, null)) {
            ws.backUpBeforeImport(); // nothing changed since the session's backup: a copy of its file
            List<Backups.Backup> two = backups.all();
            assertThat(two).extracting(Backups.Backup::reason)
                    .containsExactly(BackupInfo.BEFORE_IMPORT, BackupInfo.AFTER_SESSION);
            assertThat(two.get(0).file()).hasSameBinaryContentAs(two.get(1).file());
            addAccount(ws, "B");
            ws.backUpBeforeImport(); // B is in no backup yet: a new copy of the workspace
            assertThat(backups.all()).hasSize(3);
            assertThat(new BackupCatalog().lastBeforeImport(org.kamworkbench.service.workspace.WorkspaceLocation.of(path)).orElseThrow().contents().accounts()).isEqualTo(2);
        }
    }

    @Test
    void rotationKeepsTheNewestTenAndOnePerDayForAWeek() throws IOException {
        Path file = dir.resolve("client.mv.db");
        Files.writeString(file, "not read by rotation");
        Backups backups = new Backups(file);
        Instant now = Instant.parse("2026-12-04T12:00:00Z");
        // 3 a day for 12 days: the oldest days are beyond the week
        for (int day = 11; day >= 0; day--) {
            for (int k = 0; k < 3; k++) {
                backups.takeClosed(BackupInfo.AFTER_SESSION, now.minus(Duration.ofDays(day)).plusSeconds(k * 60L));
            }
        }
        backups.rotate(now.plusSeconds(600));
        List<Backups.Backup> kept = backups.all();
        // the newest 10 cover the last 4 days; days 4, 5 and 6 keep one each
        assertThat(kept).hasSize(13);
        assertThat(kept.subList(0, 10)).allMatch(b -> b.taken().isAfter(now.minus(Duration.ofDays(4))));
        assertThat(kept.subList(10, 13)).extracting(Backups.Backup::taken).containsExactly(
                now.minus(Duration.ofDays(4)).plusSeconds(120), now.minus(Duration.ofDays(5)).plusSeconds(120),
                now.minus(Duration.ofDays(6)).plusSeconds(120));
    }

    @Test
    void aFailedCreationLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("new.mv.db");
        AtomicCreation failing = new AtomicCreation(temp -> {
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> failing.create(file, base -> {
            var ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + base + ";WRITE_DELAY=0");
            ds.setUser("kam");
            ds.setPassword("");
            return ds;
        })).isInstanceOf(WorkspaceUnavailableException.class).hasMessageStartingWith("The disk is full (")
                .hasMessageContaining(" MB free on " + dir);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
