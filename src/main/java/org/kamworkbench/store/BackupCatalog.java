package org.kamworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Lists and restores the automatic backups of closed workspaces (see {@link Backups}). The backups of an
 * encrypted workspace are encrypted with its password: they are read with the password given here.
 */
public final class BackupCatalog implements WorkspaceBackups {
    private final char[] password;

    /** For workspaces that are not encrypted. */
    public BackupCatalog() {
        this(null);
    }

    /** With the workspace's password (null: none), to read encrypted backups. */
    public BackupCatalog(char[] password) {
        this.password = password == null ? null : password.clone();
    }

    @Override
    public List<BackupInfo> list(WorkspaceLocation workspace) {
        return list(FileLocations.fileOf(workspace));
    }

    @Override
    public void restore(WorkspaceLocation workspace, String fileName) {
        restore(FileLocations.fileOf(workspace), fileName);
    }

    /** Newest first, each compared with the workspace file {@code workspace}. */
    public List<BackupInfo> list(Path workspace) {
        Path file = Workspace.databaseFile(workspace).toAbsolutePath();
        WorkspaceContents current = Files.exists(file)
                ? contents(file, FilePasswords.passwordFor(file, password)) : new WorkspaceContents(0, 0, 0, 0);
        Backups backups = new Backups(file);
        List<BackupInfo> infos = new ArrayList<>();
        for (Backups.Backup b : backups.all()) {
            WorkspaceContents held = contentsOf(backups, b, password);
            infos.add(new BackupInfo(b.file().getFileName().toString(), b.taken(), size(b.file()), b.reason(),
                    held, current.minus(held)));
        }
        return infos;
    }

    /** Puts the backup {@code fileName} in place of the workspace file {@code workspace}. */
    public void restore(Path workspace, String fileName) {
        Path file = Workspace.databaseFile(workspace).toAbsolutePath();
        Backups backups = new Backups(file);
        Backups.Backup chosen = backups.named(fileName).orElseThrow(() -> new IllegalArgumentException(
                "There is no backup " + fileName + " in " + backups.folder() + "."));
        Path temp = file.resolveSibling(".restoring-" + System.nanoTime() + "-" + file.getFileName());
        try (FileChannel channel = Files.exists(file) ? FileChannel.open(file, StandardOpenOption.WRITE) : null) {
            FileLock lock = channel == null ? null : tryLock(channel);
            if (channel != null && lock == null) {
                throw inUse(file);
            }
            backups.extract(chosen, temp);
            long restoredCounter = counterOf(temp, passwordOf(temp, fileName));
            if (channel != null) {
                lock.release();
                backups.takeClosed(BackupInfo.BEFORE_RESTORE, Instant.now());
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            new WorkspaceState(file).write(restoredCounter);
        } catch (IOException e) {
            throw new IllegalStateException(DiskFull.sentenceOr(e, file,
                    "Could not restore " + fileName + ": " + e.getMessage() + " The workspace is unchanged."), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden leftover; harmless
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    private static WorkspaceUnavailableException inUse(Path file) {
        return new WorkspaceUnavailableException(HolderNote.busySentence(file, "Close it there, then restore again."),
                true, null);
    }

    /** The password an extracted backup opens with: none when it is plain; the workspace's when encrypted. */
    private char[] passwordOf(Path extracted, String fileName) {
        if (!EncryptedFiles.encrypted(extracted)) {
            return null;
        }
        if (password == null) {
            throw new WorkspacePasswordException("The backup " + fileName + " is encrypted and needs the "
                    + "workspace's password. The workspace is unchanged.", true, null);
        }
        return password;
    }

    private static WorkspaceContents contentsOf(Backups backups, Backups.Backup backup, char[] password) {
        Path temp = null;
        try {
            temp = Files.createTempFile("kam-backup-", Workspace.FILE_SUFFIX);
            PrivateFiles.restrict(temp);
            backups.extract(backup, temp);
            return contents(temp, EncryptedFiles.encrypted(temp) ? password : null);
        } catch (IOException | RuntimeException e) {
            return new WorkspaceContents(-1, -1, -1, -1);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // temporary copy
                }
            }
        }
    }

    /** Counts what a closed workspace file holds, opening it read-only (nothing is written to it). */
    static WorkspaceContents contents(Path file, char[] password) {
        try (Connection c = H2DataSources.readOnly(file, password).getConnection(); Statement st = c.createStatement()) {
            long accounts = count(st, "SELECT COUNT(*) FROM account");
            long plans = count(st, "SELECT COUNT(*) FROM account_plan");
            long months = 0;
            long[] records = {0};
            try (ResultSet rs = st.executeQuery("SELECT period_year, month_mask, cells FROM revenue_segment")) {
                while (rs.next()) {
                    months += Integer.bitCount(rs.getInt(2));
                    byte[] cells = rs.getBytes(3);
                    if (cells != null) {
                        RevenueSegment.decode(cells, rs.getInt(1), cell -> records[0]++, false);
                    }
                }
            }
            return new WorkspaceContents(accounts, months, records[0], plans);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + FirstLine.of(e), e);
        }
    }

    private static long counterOf(Path file, char[] password) throws IOException {
        try (Connection c = H2DataSources.readOnly(file, password).getConnection()) {
            return ChangeCounter.read(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == DamageCheck.WRONG_PASSWORD || e.getErrorCode() == DamageCheck.WRONG_USER_OR_PASSWORD) {
                throw new IOException("the backup does not open with this password (was it made before the "
                        + "password was changed?).", e);
            }
            throw new IOException("the backup cannot be read (" + FirstLine.of(e) + ")", e);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
