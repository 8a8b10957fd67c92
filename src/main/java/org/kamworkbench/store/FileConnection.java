package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * The connection that keeps a workspace file open, and the bytes of the file when this open created it
 * (null when it existed already). Opening checks, creates or opens the file, connects and makes it
 * private; failures are said in one sentence (busy, wrong password, damaged, unavailable).
 */
record FileConnection(Connection keeper, byte[] created) {

    /** Creates the folder of the workspace file {@code file}, private, when missing. */
    static void createFolderOf(Path file) {
        try {
            PrivateFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DiskFull.sentenceOr(e, file.getParent(),
                    "Cannot create the folder of workspace " + file + ": " + e.getMessage()), false, e);
        }
    }

    /**
     * Checks, creates or opens the file and connects; run under {@link OpenFiles#exclusively}, as the
     * damage check may read the file itself.
     */
    static FileConnection open(Path file, JdbcDataSource ds, AtomicCreation.DataSources sources, boolean readingOnly,
                               EmptyWorkspaceTemplate template) {
        byte[] created = null;
        boolean openHereAlready = OpenFiles.isOpen(file);
        if (!Files.exists(file)) {
            created = new AtomicCreation().create(file, sources, template);
            forgetState(file);
        } else if (!readingOnly && !openHereAlready) {
            DamageCheck.verify(file, ds.getURL(), ds);
        }
        Connection keeper = connection(file, ds);
        OpenFiles.opened(file);
        try {
            if (openHereAlready && !readingOnly) {
                DamageCheck.verifyOpened(file, keeper); // H2 shares the database already open here: nothing was written
            }
            PrivateFiles.restrict(file);
            PrivateFiles.restrict(file.resolveSibling(H2DataSources.baseOf(file).getFileName() + ".trace.db"));
        } catch (IOException e) {
            close(file, keeper);
            throw new WorkspaceUnavailableException("Cannot make workspace " + file + " private: " + e.getMessage(),
                    false, e);
        } catch (RuntimeException e) {
            close(file, keeper);
            throw e;
        }
        return new FileConnection(keeper, created);
    }

    /** A state file left by a deleted workspace of the same name says nothing of the new one (and could refuse it). */
    private static void forgetState(Path file) {
        try {
            new WorkspaceState(file).delete();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("Cannot remove the old state file beside " + file + ": "
                    + e.getMessage(), false, e);
        }
    }

    private static Connection connection(Path file, JdbcDataSource ds) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == DamageCheck.DATABASE_IN_USE) {
                throw new WorkspaceUnavailableException(HolderNote.busySentence(file,
                        "Close it there, or open another workspace."), true, e);
            }
            if (e.getErrorCode() == DamageCheck.WRONG_PASSWORD || e.getErrorCode() == DamageCheck.WRONG_USER_OR_PASSWORD) {
                throw FilePasswords.wrongPassword(file, e);
            }
            if (H2DataSources.isReadOnly(ds)) {
                DamageCheck.refuseIfDamage(file, e); // read-only: this open is the damage check
            }
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + FirstLine.of(e), false, e);
        }
    }

    /** Closes the connection of a workspace being left; true when it was the last of this process on the file. */
    static boolean close(Path file, Connection c) {
        return OpenFiles.exclusively(() -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a database we are leaving: nothing left to protect
            }
            return OpenFiles.closed(file);
        });
    }
}
