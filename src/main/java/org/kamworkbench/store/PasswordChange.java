package org.kamworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.h2.tools.ChangeFileEncryption;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspacePasswords;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Adds, changes or removes the password of a closed workspace. The file is never changed in place: a
 * copy is re-encrypted in a private folder beside it, verified (it opens with the new password and holds
 * the same change counter), and renamed over the workspace in one step. The old file is kept first as one
 * more backup; then every backup that opens with the old password is re-encrypted with the new one, so
 * that all of them stay readable with the password the workspace has now.
 */
public final class PasswordChange implements WorkspacePasswords {
    private static final String CIPHER = "AES";
    private static final String COPY_NAME = "workspace";

    @Override
    public boolean encrypted(WorkspaceLocation workspace) {
        return workspace.file().map(this::encrypted).orElse(false);
    }

    @Override
    public void change(WorkspaceLocation workspace, char[] current, char[] next) {
        change(FileLocations.fileOf(workspace), current, next);
    }

    /** Whether the workspace file at {@code workspace} is encrypted (false when there is none). */
    public boolean encrypted(Path workspace) {
        return Workspace.encrypted(workspace);
    }

    /** Re-encrypts the closed workspace file at {@code workspace} (see {@link #change(WorkspaceLocation, char[], char[])}). */
    public void change(Path workspace, char[] current, char[] next) {
        Path file = Workspace.databaseFile(workspace).toAbsolutePath();
        if (!Files.exists(file)) {
            throw new WorkspaceUnavailableException("No workspace at " + file + ".", false, null);
        }
        char[] old = FilePasswords.passwordFor(file, current);
        if (old == null && next == null) {
            return; // not encrypted, and not to be
        }
        if (next != null && next.length == 0) {
            throw new IllegalArgumentException("A password cannot be empty.");
        }
        refuseWhileOpen(file);
        Path work = workFolder(file);
        try {
            Path copy = work.resolve(COPY_NAME + Workspace.FILE_SUFFIX);
            Files.copy(file, copy);
            PrivateFiles.restrict(copy);
            long counter = rekey(copy, old, next, file);
            verify(copy, next, counter, file);
            Backups backups = new Backups(file);
            backups.takeClosed(BackupInfo.BEFORE_PASSWORD_CHANGE, Instant.now());
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            new WorkspaceState(file).write(counter); // another file now: the old one's fingerprint no longer holds
            rekeyBackups(backups, old, next, work);
        } catch (IOException e) {
            throw new IllegalStateException(DiskFull.sentenceOr(e, file, "Could not change the password of "
                    + file + ": " + e.getMessage() + " The workspace is unchanged."), e);
        } finally {
            deleteFolder(work);
        }
    }

    /**
     * Re-encrypts a copy of a workspace file that sits alone in its folder: the database user's password
     * first (it is part of what opens the file), then the file itself.
     *
     * @return the change counter the copy holds
     */
    private static long rekey(Path copy, char[] old, char[] next, Path original) {
        long counter;
        try (Connection c = H2DataSources.at(H2DataSources.baseOf(copy), old).getConnection();
             Statement st = c.createStatement()) {
            counter = ChangeCounter.read(c);
            String user = next == null ? "" : new String(FilePasswords.filePassword(next));
            st.execute("ALTER USER kam SET PASSWORD '" + user.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failure(e, original);
        }
        try {
            ChangeFileEncryption.execute(copy.getParent().toString(), COPY_NAME, CIPHER,
                    old == null ? null : FilePasswords.filePassword(old),
                    next == null ? null : FilePasswords.filePassword(next),
                    true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-encrypt the workspace " + original + ": "
                    + FirstLine.of(e) + " The workspace is unchanged.", e);
        }
        return counter;
    }

    private static void verify(Path copy, char[] next, long counter, Path original) {
        try (Connection c = H2DataSources.readOnly(copy, next).getConnection()) {
            if (ChangeCounter.read(c) != counter) {
                throw new IllegalStateException("The re-encrypted copy of " + original
                        + " does not hold the same data; the workspace is unchanged.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The re-encrypted copy of " + original + " cannot be read ("
                    + FirstLine.of(e) + "); the workspace is unchanged.", e);
        }
    }

    /** Each backup that opens with the old password is re-encrypted; one that does not is left as it is. */
    private static void rekeyBackups(Backups backups, char[] old, char[] next, Path work) throws IOException {
        for (Backups.Backup backup : backups.all()) {
            Path folder = Files.createTempDirectory(work, "backup-");
            Path copy = folder.resolve(COPY_NAME + Workspace.FILE_SUFFIX);
            backups.extract(backup, copy);
            boolean encryptedAsOld = EncryptedFiles.encrypted(copy) == (old != null);
            if (encryptedAsOld && opensWith(copy, old)) {
                rekey(copy, old, next, backups.folder());
                backups.replace(backup, copy);
            }
            deleteFolder(folder);
        }
    }

    private static boolean opensWith(Path copy, char[] password) {
        try (Connection c = H2DataSources.readOnly(copy, password).getConnection()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static RuntimeException failure(SQLException e, Path file) {
        if (e.getErrorCode() == DamageCheck.WRONG_PASSWORD || e.getErrorCode() == DamageCheck.WRONG_USER_OR_PASSWORD) {
            return FilePasswords.wrongPassword(file, e);
        }
        return new IllegalStateException("Could not read the workspace " + file + ": " + FirstLine.of(e)
                + " The workspace is unchanged.", e);
    }

    private static void refuseWhileOpen(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                throw new WorkspaceUnavailableException(HolderNote.busySentence(file,
                        "Close it there, then change the password again."), true, null);
            }
            lock.release();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path workFolder(Path file) {
        Path work = file.resolveSibling("." + file.getFileName() + ".rekeying-" + System.nanoTime());
        try {
            PrivateFiles.createFolder(work);
        } catch (IOException e) {
            throw new IllegalStateException(DiskFull.sentenceOr(e, file.getParent(),
                    "Could not change the password of " + file + ": " + e.getMessage()), e);
        }
        return work;
    }

    private static void deleteFolder(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    deleteFolder(f);
                } else {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a hidden leftover folder, private
        }
    }
}
