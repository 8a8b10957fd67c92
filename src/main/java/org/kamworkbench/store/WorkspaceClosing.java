package org.kamworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.kamworkbench.service.workspace.BackupInfo;

/**
 * Closes an open workspace file. Then, unless another connection of this process still holds it, the
 * closed file is fingerprinted (the next open then needs no damage check) and, after a session that
 * wrote, copied as a backup; a failure to take that backup is reported (thrown) after the workspace has
 * been released.
 */
final class WorkspaceClosing {
    private final Path file;
    private final Connection keeper;
    private final ChangeCounter counter;
    private final boolean readOnly;

    WorkspaceClosing(Path file, Connection keeper, ChangeCounter counter, boolean readOnly) {
        this.file = file;
        this.keeper = keeper;
        this.counter = counter;
        this.readOnly = readOnly;
    }

    /** @param backUp false for a workspace that is not the user's yet (one being filled from an archive) */
    void close(boolean backUp) {
        if (!readOnly) {
            Compaction.atClose(keeper, file);
        }
        RuntimeException[] closeFailure = {null};
        RuntimeException backupFailure = OpenFiles.exclusively(() -> {
            try {
                keeper.close();
            } catch (SQLException e) {
                // reported, not ignored: the committed changes are in the file, but its last write may not be
                closeFailure[0] = new IllegalStateException("The workspace " + file + " could not be "
                        + "closed cleanly (" + FirstLine.of(e) + "). Its committed changes are kept; if it does not open "
                        + "again, restore the newest automatic backup.", e);
            }
            boolean lastHere = OpenFiles.closed(file);
            if (lastHere && !readOnly) {
                HolderNote.remove(file);
            }
            if (!lastHere || readOnly || closeFailure[0] != null) {
                return null; // a read-only session changed nothing, not even the file's fingerprint
            }
            return afterClose(backUp);
        });
        if (closeFailure[0] != null) {
            if (backupFailure != null) {
                closeFailure[0].addSuppressed(backupFailure);
            }
            throw closeFailure[0];
        }
        if (backupFailure != null) {
            throw backupFailure;
        }
    }

    /**
     * With the file closed and a shared lock on it (a writer opening it meanwhile is told it is busy):
     * records its fingerprint and, after a session that wrote, takes the backup. When another process
     * opened it between the close and the lock, neither is done: the next open checks the file, and that
     * process's session is backed up in its turn.
     */
    private RuntimeException afterClose(boolean backUp) {
        long last = counter.current();
        WorkspaceState state = new WorkspaceState(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
            if (lock == null) {
                return null;
            }
            FileFingerprint closed = FileFingerprint.of(channel);
            RuntimeException failure = null;
            if (backUp && counter.changedSinceOpen()) {
                try {
                    new Backups(file).takeAfterClose(channel, closed, BackupInfo.AFTER_SESSION, Instant.now(), last);
                } catch (IOException | RuntimeException e) {
                    failure = new IllegalStateException(DiskFull.sentenceOr(e, file.getParent(),
                            "Could not back up the workspace after this session: " + e.getMessage()), e);
                }
            }
            state.writeClosed(last, closed);
            return failure;
        } catch (IOException | OverlappingFileLockException e) {
            return null; // only an optimisation and a copy could not be made: the next open checks the file
        } catch (RuntimeException e) {
            return e;
        }
    }
}
