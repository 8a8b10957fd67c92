package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * One open workspace: an H2 file database, migrated by Flyway, locked against other processes
 * for as long as it is open. {@code WRITE_DELAY=0} so that a crash loses no committed transaction.
 */
public final class Workspace implements AutoCloseable {
    public static final String FILE_SUFFIX = ".mv.db";
    private static final int COMPACT_BELOW_LIVE_PERCENT = 50;
    /** Less dead space than this is not worth the time of a compaction (a new workspace is mostly dead space). */
    private static final long COMPACT_ABOVE_DEAD_BYTES = 16L << 20;

    /** The version of the newest migration, SQL in db/migration or Java (a test keeps them in step). */
    static final String SCHEMA_VERSION = "11";

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
        char[] password = Files.exists(file) ? passwordFor(file, given) : given;
        try {
            PrivateFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DiskFull.sentenceOr(e, file.getParent(),
                    "Cannot create the folder of workspace " + file + ": " + e.getMessage()), false, e);
        }
        AtomicCreation.DataSources sources = base -> dataSource(base, password);
        JdbcDataSource ds = sources.at(baseOf(file));
        boolean readingOnly = readOnly && Files.exists(file);
        if (readingOnly) {
            ds.setURL(ds.getURL() + ";ACCESS_MODE_DATA=r");
        }
        // Jdbi's first set-up (its configuration classes) costs a short call tens of milliseconds: on a
        // second thread, while H2 opens the file
        CompletableFuture<Jdbi> jdbiAhead = CompletableFuture.supplyAsync(() -> jdbiOn(ds), Workspace::onItsOwnThread);
        Opened opened = OpenFiles.exclusively(() -> connect(file, ds, sources, readingOnly, template));
        Connection keeper = opened.keeper();
        try {
            if (readingOnly) {
                DamageCheck.verifyOpened(file, keeper);
                if (!SCHEMA_VERSION.equals(recordedVersion(keeper))) {
                    closeKeeper(file, keeper);
                    return open(path, password, false, null); // an older schema: migrating it is a write
                }
            }
            boolean createdHere;
            try {
                createdHere = migrate(ds, keeper);
            } catch (FlywayException e) {
                // e.g. "Table SETTING already exists": an older version stopped half-way through creating it
                throw DamageCheck.damaged(file, "was left half-created (" + firstLine(e) + ")", e);
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
            closeKeeper(file, keeper);
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + firstLine(e), false, e);
        } catch (RuntimeException e) {
            closeKeeper(file, keeper);
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

    /** A state file left by a deleted workspace of the same name says nothing of the new one (and could refuse it). */
    private static void forgetState(Path file) {
        try {
            new WorkspaceState(file).delete();
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("Cannot remove the old state file beside " + file + ": "
                    + e.getMessage(), false, e);
        }
    }

    /** The connection that keeps the workspace open, and the bytes of the file when this open created it. */
    private record Opened(Connection keeper, byte[] created) {
    }

    /**
     * Checks, creates or opens the file and connects; run under {@link OpenFiles#exclusively}, as the
     * damage check may read the file itself.
     */
    private static Opened connect(Path file, JdbcDataSource ds, AtomicCreation.DataSources sources, boolean readingOnly,
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
            PrivateFiles.restrict(file.resolveSibling(baseOf(file).getFileName() + ".trace.db"));
        } catch (IOException e) {
            closeKeeper(file, keeper);
            throw new WorkspaceUnavailableException("Cannot make workspace " + file + " private: " + e.getMessage(),
                    false, e);
        } catch (RuntimeException e) {
            closeKeeper(file, keeper);
            throw e;
        }
        return new Opened(keeper, created);
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
                throw wrongPassword(file, e);
            }
            if (ds.getURL().contains("ACCESS_MODE_DATA=r")) {
                DamageCheck.refuseIfDamage(file, e); // read-only: this open is the damage check
            }
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + firstLine(e), false, e);
        }
    }

    /** The password an existing file opens with: none for a plain file; an encrypted one must be given it. */
    static char[] passwordFor(Path file, char[] given) {
        if (!EncryptedFiles.encrypted(file)) {
            return null; // a password for a plain workspace (a variable set for all of them) is not needed
        }
        if (given == null) {
            throw new WorkspacePasswordException("The workspace " + file + " is encrypted and needs its password.",
                    true, null);
        }
        return given;
    }

    static WorkspacePasswordException wrongPassword(Path file, Throwable cause) {
        return new WorkspacePasswordException("That is not the password of the workspace " + file + ".", false, cause);
    }

    /** Whether the workspace at a user-given path is encrypted. */
    public static boolean encrypted(Path path) {
        return EncryptedFiles.encrypted(databaseFile(path).toAbsolutePath());
    }

    static Path baseOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()));
    }

    /** A data source for the database file {@code file} read-only (H2 writes nothing into it). */
    static JdbcDataSource readOnly(Path file, char[] password) {
        JdbcDataSource ds = dataSource(baseOf(file.toAbsolutePath()), password);
        ds.setURL(ds.getURL() + ";ACCESS_MODE_DATA=r");
        return ds;
    }

    static JdbcDataSource dataSource(Path base, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        // MAX_COMPACT_TIME=0: H2 would otherwise rewrite part of the file at every close, even after only
        // reading — often a whole second of a short CLI call; close() compacts when it is worth it instead
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        ds.setUser("kam");
        if (password != null) {
            url += ";CIPHER=AES";
            String p = new String(filePassword(password));
            ds.setPassword(p + " " + p); // H2 reads "file-password user-password"
        } else {
            ds.setPassword("");
        }
        ds.setURL(url);
        return ds;
    }

    /**
     * The password H2 encrypts the file with: the user's password as hexadecimal UTF-8, since H2 takes
     * everything after the first space for the database user's password (a password with spaces would
     * otherwise lose all but its first word) and its file tools refuse spaces. H2 still derives the key
     * with a salted, iterated hash of this.
     */
    static char[] filePassword(char[] password) {
        java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xFF;
            hex[i] = Character.forDigit(b >> 4, 16);
            hex[i + 1] = Character.forDigit(b & 0xF, 16);
        }
        if (bytes.hasArray()) {
            java.util.Arrays.fill(bytes.array(), (byte) 0);
        }
        return hex;
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "jdbi-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    static Jdbi jdbiOn(javax.sql.DataSource ds) {
        Jdbi jdbi = Jdbi.create(ds);
        // our SQL has no templates and plain parameters: skip Jdbi's ANTLR lexers (see PlainSqlParser)
        jdbi.setSqlParser(new PlainSqlParser());
        jdbi.setTemplateEngine(TemplateEngine.NOP);
        return jdbi;
    }

    /** The first line of an error, without H2's SQL and error code: for a user sentence. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf("; SQL statement");
        line = sql > 0 ? line.substring(0, sql) : line;
        int code = line.lastIndexOf(" [");
        return (code > 0 ? line.substring(0, code) : line).trim();
    }

    /** The H2 file a user-given workspace path stands for. */
    public static Path databaseFile(Path path) {
        if (Files.isDirectory(path)) {
            return path.resolve("workspace" + FILE_SUFFIX);
        }
        String name = path.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? path : path.resolveSibling(name + FILE_SUFFIX);
    }

    /**
     * Brings the schema to {@link #SCHEMA_VERSION}. Flyway costs a few hundred milliseconds of class
     * loading and scanning, which every CLI call would pay: when the history already records the
     * current version, the workspace is up to date and Flyway is not started.
     *
     * @return true when the workspace was new (no migration had run on it yet)
     */
    static boolean migrate(javax.sql.DataSource ds, Connection connection) {
        String recorded = recordedVersion(connection);
        if (SCHEMA_VERSION.equals(recorded)) {
            return false;
        }
        migrate(ds);
        return recorded == null;
    }

    /** Runs the migrations not yet applied to the database {@code ds} stands for, H2 or PostgreSQL alike. */
    static void migrate(javax.sql.DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new RevenueSegmentsMigration())
                .load()
                .migrate();
    }

    static String recordedVersion(Connection connection) {
        try {
            // look before querying: a failed query on a new workspace would leave an H2 .trace.db file beside it
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                         + "WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // unreadable history: let Flyway decide
        }
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
     * Closes the workspace. Then, unless another connection of this process still holds it, the
     * closed file is fingerprinted (the next open then needs no damage check) and, after a session
     * that wrote, copied as a backup; a failure to take that backup is reported (thrown) after the
     * workspace has been released.
     */
    @Override
    public void close() {
        close(true);
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

    /** Closes a workspace that is not the user's yet (one being filled from an archive): no backup. */
    void closeWithoutBackup() {
        close(false);
    }

    private void close(boolean backUp) {
        if (!readOnly) {
            try (Statement st = keeper.createStatement()) {
                if (wroteIntoAMostlyEmptyFile(st, fileSize())) {
                    st.execute("SHUTDOWN COMPACT"); // rewrites the live data into a fresh, dense file
                }
            } catch (SQLException ignored) {
                // the plain close below still releases the workspace
            }
        }
        RuntimeException[] closeFailure = {null};
        RuntimeException backupFailure = OpenFiles.exclusively(() -> {
            try {
                keeper.close();
            } catch (SQLException e) {
                // reported, not ignored: the committed changes are in the file, but its last write may not be
                closeFailure[0] = new IllegalStateException("The workspace " + file + " could not be "
                        + "closed cleanly (" + firstLine(e) + "). Its committed changes are kept; if it does not open "
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
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return null; // only an optimisation and a copy could not be made: the next open checks the file
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * True when this session wrote to the file, less than half of the file's chunks hold live data
     * and the rest is large: each write appends, so repeated imports and edits would otherwise let the
     * file grow for ever.
     */
    private static boolean wroteIntoAMostlyEmptyFile(Statement st, long fileSize) throws SQLException {
        long writes = 0;
        int liveShare = 100;
        try (ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('info.FILE_WRITE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_WRITE")) {
                    writes = Long.parseLong(rs.getString(2));
                } else {
                    liveShare = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return writes > 0 && liveShare < COMPACT_BELOW_LIVE_PERCENT
                && fileSize / 100 * (100 - liveShare) > COMPACT_ABOVE_DEAD_BYTES;
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Closes the connection; true when it was the last of this process on the file. */
    private static boolean closeKeeper(Path file, Connection c) {
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
