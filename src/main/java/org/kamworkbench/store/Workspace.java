package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * One open workspace: an H2 file database, migrated by Flyway, locked against other processes
 * for as long as it is open. {@code WRITE_DELAY=0} so that a crash loses no committed transaction.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_SUFFIX = ".mv.db";

    private final Path file;
    private final Connection keeper;
    private final Jdbi jdbi;
    private final ChangeCounter counter;
    private final boolean readOnly;
    /** The bytes of the file as this open created it; null when it existed already. */
    private final byte[] created;

    private Workspace(Path file, Connection keeper, Jdbi jdbi, ChangeCounter counter, boolean readOnly,
                      byte[] created) {
        this.file = file;
        this.keeper = keeper;
        this.jdbi = jdbi;
        this.counter = counter;
        this.readOnly = readOnly;
        this.created = created;
    }

    /**
     * Opens the workspace at {@code path}, creating it when missing. {@code path} may name the
     * database file ({@code x.mv.db}), its base name ({@code x}), or a directory (then
     * {@code workspace.mv.db} inside it). A non-null password opens or creates it encrypted (AES).
     */
    public static Workspace open(Path path, char[] password) {
        return open(path, password, false, null);
    }

    /**
     * As {@link #open(Path, char[])}; a missing unencrypted workspace is created as a copy of
     * {@code template} when it holds one (see {@link EmptyWorkspaceTemplate}).
     */
    public static Workspace open(Path path, char[] password, EmptyWorkspaceTemplate template) {
        return open(path, password, false, password == null ? template : null);
    }

    /**
     * Opens an existing, up-to-date workspace for reading only: H2 then writes nothing into the file
     * (a writable open rewrites part of it even when nothing changes). It is checked for damage on the
     * same connection (no second open). A workspace that is missing or needs a migration is opened for
     * writing instead; any write through a read-only one fails.
     */
    public static Workspace openForReading(Path path, char[] password) {
        return open(path, password, true, null);
    }

    private static Workspace open(Path path, char[] given, boolean readOnly, EmptyWorkspaceTemplate template) {
        Path file = databaseFile(path).toAbsolutePath();
        char[] password = Files.exists(file) ? FilePasswords.passwordFor(file, given) : given;
        FileConnection.createFolderOf(file);
        AtomicCreation.DataSources sources = base -> H2DataSources.at(base, password);
        JdbcDataSource ds = sources.at(H2DataSources.baseOf(file));
        boolean readingOnly = readOnly && Files.exists(file);
        if (readingOnly) {
            H2DataSources.makeReadOnly(ds);
        }
        CompletableFuture<Jdbi> jdbiAhead = JdbiSetup.ahead(ds); // while H2 opens the file
        FileConnection opened = OpenFiles.exclusively(
                () -> FileConnection.open(file, ds, sources, readingOnly, template));
        Connection keeper = opened.keeper();
        try {
            if (readingOnly) {
                DamageCheck.verifyOpened(file, keeper);
                if (!Migrations.upToDate(keeper)) {
                    FileConnection.close(file, keeper);
                    return open(path, password, false, null); // an older schema: migrating it is a write
                }
            }
            boolean createdHere;
            try {
                createdHere = Migrations.migrate(ds, keeper);
            } catch (FlywayException e) {
                // e.g. "Table SETTING already exists": an older version stopped half-way through creating it
                throw DamageCheck.damaged(file, "was left half-created (" + FirstLine.of(e) + ")", e);
            }
            Jdbi jdbi = jdbiAhead.join();
            if (createdHere) {
                new SettingsStore(jdbi).seedDefaults();
            }
            ChangeCounter counter = new ChangeCounter(jdbi.getTransactionHandler(), new WorkspaceState(file),
                    ChangeCounter.read(keeper));
            jdbi.setTransactionHandler(counter);
            return new Workspace(file, keeper, jdbi, counter, readingOnly, opened.created());
        } catch (SQLException e) {
            FileConnection.close(file, keeper);
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + FirstLine.of(e), false, e);
        } catch (RuntimeException e) {
            FileConnection.close(file, keeper);
            throw e;
        }
    }

    /**
     * Removes a workspace that was just created and never used (closed already): its file and the state
     * file opening it wrote beside it.
     */
    public static void deleteUnused(Path file) throws IOException {
        Files.deleteIfExists(file);
        new WorkspaceState(file).delete();
    }

    /** Whether the workspace at a user-given path is encrypted. */
    public static boolean encrypted(Path path) {
        return EncryptedFiles.encrypted(databaseFile(path).toAbsolutePath());
    }

    /** The H2 file a user-given workspace path stands for. */
    public static Path databaseFile(Path path) {
        if (Files.isDirectory(path)) {
            return path.resolve("workspace" + FILE_SUFFIX);
        }
        String name = path.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? path : path.resolveSibling(name + FILE_SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** A display name: the file name without the H2 suffix. */
    public String displayName() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - FILE_SUFFIX.length());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * A consistent copy of the workspace as it is now, before an import changes it. Right after its
     * creation by this open, that is the file as created (kept in memory: tens of kilobytes).
     */
    public void backUpBeforeImport() {
        if (created != null && counter.current() == 0) {
            new Backups(file).takeOfCreated(created, BackupInfo.BEFORE_IMPORT, Instant.now());
        } else {
            new Backups(file).takeUnlessHeld(keeper, BackupInfo.BEFORE_IMPORT, Instant.now(), counter.current());
        }
    }

    /**
     * Notes beside the file that this process, of this kind, holds the workspace, so that another
     * process refused by the file lock can say by what ({@link HolderNote}). A read-only session writes
     * nothing, not even this note.
     */
    public void noteHolder(HolderNote.Kind kind) {
        if (!readOnly) {
            HolderNote.write(file, kind);
        }
    }

    /**
     * Closes the workspace. Then, unless another connection of this process still holds it, the
     * closed file is fingerprinted (the next open then needs no damage check) and, after a session
     * that wrote, copied as a backup; a failure to take that backup is reported (thrown) after the
     * workspace has been released.
     */
    @Override
    public void close() {
        closing().close(true);
    }

    /** Closes a workspace that is not the user's yet (one being filled from an archive): no backup. */
    void closeWithoutBackup() {
        closing().close(false);
    }

    private WorkspaceClosing closing() {
        return new WorkspaceClosing(file, keeper, counter, readOnly);
    }
}
