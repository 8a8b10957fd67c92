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
import org.h2.jdbcx.JdbcDataSource;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Lists and restores the automatic backups of closed workspaces (see {@link Backups}). */
public final class BackupCatalog implements WorkspaceBackups {
    @Override
    public List<BackupInfo> list(Path workspace) {
        Path file = Workspace.databaseFile(workspace).toAbsolutePath();
        WorkspaceContents current = Files.exists(file) ? contents(file) : new WorkspaceContents(0, 0, 0, 0);
        Backups backups = new Backups(file);
        List<BackupInfo> infos = new ArrayList<>();
        for (Backups.Backup b : backups.all()) {
            WorkspaceContents held = contentsOf(backups, b);
            infos.add(new BackupInfo(b.file().getFileName().toString(), b.taken(), size(b.file()), b.reason(),
                    held, current.minus(held)));
        }
        return infos;
    }

    @Override
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
            long restoredCounter = counterOf(temp);
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
        return new WorkspaceUnavailableException("The workspace " + file + " is open in another window or process. "
                + "Close it there, then restore again.", true, null);
    }

    private static WorkspaceContents contentsOf(Backups backups, Backups.Backup backup) {
        Path temp = null;
        try {
            temp = Files.createTempFile("kam-backup-", Workspace.FILE_SUFFIX);
            PrivateFiles.restrict(temp);
            backups.extract(backup, temp);
            return contents(temp);
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
    static WorkspaceContents contents(Path file) {
        try (Connection c = readOnly(file).getConnection(); Statement st = c.createStatement()) {
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
            throw new IllegalStateException("Cannot read " + file + ": " + Workspace.firstLine(e), e);
        }
    }

    private static long counterOf(Path file) throws IOException {
        try (Connection c = readOnly(file).getConnection()) {
            return ChangeCounter.read(c);
        } catch (SQLException e) {
            throw new IOException("the backup cannot be read (" + Workspace.firstLine(e) + ")", e);
        }
    }

    private static JdbcDataSource readOnly(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.endsWith(Workspace.FILE_SUFFIX)) {
            path = path.substring(0, path.length() - Workspace.FILE_SUFFIX.length());
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + path + ";ACCESS_MODE_DATA=r");
        ds.setUser("kam");
        ds.setPassword("");
        return ds;
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
