package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.kamworkbench.service.workspace.BackupInfo;
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
    static final String SCHEMA_VERSION = "7";

    private final Path file;
    private final Connection keeper;
    private final Jdbi jdbi;

    private final ChangeCounter counter;

    private Workspace(Path file, Connection keeper, Jdbi jdbi, ChangeCounter counter) {
        this.file = file;
        this.keeper = keeper;
        this.jdbi = jdbi;
        this.counter = counter;
    }

    /**
     * Opens the workspace at {@code path}, creating it when missing. {@code path} may name the
     * database file ({@code x.mv.db}), its base name ({@code x}), or a directory (then
     * {@code workspace.mv.db} inside it). A non-null password opens or creates it encrypted (AES).
     */
    public static Workspace open(Path path, char[] password) {
        return open(path, password, false);
    }

    /**
     * Opens an existing, up-to-date workspace for reading only: H2 then writes nothing into the file
     * (a writable open rewrites part of it even when nothing changes). A workspace that is missing or
     * needs a migration is opened for writing instead; any write through a read-only one fails.
     */
    public static Workspace openForReading(Path path, char[] password) {
        return open(path, password, true);
    }

    private static Workspace open(Path path, char[] password, boolean readOnly) {
        Path file = databaseFile(path).toAbsolutePath();
        try {
            PrivateFiles.createFolder(file.getParent());
        } catch (IOException e) {
            throw new WorkspaceUnavailableException(DiskFull.sentenceOr(e, file.getParent(),
                    "Cannot create the folder of workspace " + file + ": " + e.getMessage()), false, e);
        }
        AtomicCreation.DataSources sources = base -> dataSource(base, password);
        JdbcDataSource ds = sources.at(baseOf(file));
        if (Files.exists(file)) {
            DamageCheck.verify(file, ds.getURL(), ds);
            if (readOnly) {
                ds.setURL(ds.getURL() + ";ACCESS_MODE_DATA=r");
            }
        } else {
            new AtomicCreation().create(file, sources);
        }
        Connection keeper;
        try {
            keeper = ds.getConnection();
            PrivateFiles.restrict(file);
            PrivateFiles.restrict(file.resolveSibling(baseOf(file).getFileName() + ".trace.db"));
        } catch (SQLException e) {
            if (e.getErrorCode() == DamageCheck.DATABASE_IN_USE) {
                throw new WorkspaceUnavailableException("The workspace " + file + " is open in another window or process. "
                        + "Close it there, or open another workspace.", true, e);
            }
            if (e.getErrorCode() == DamageCheck.WRONG_PASSWORD || e.getErrorCode() == DamageCheck.WRONG_USER_OR_PASSWORD) {
                throw new WorkspaceUnavailableException("Wrong password for workspace " + file + ".", false, e);
            }
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + firstLine(e), false, e);
        } catch (IOException e) {
            throw new WorkspaceUnavailableException("Cannot make workspace " + file + " private: " + e.getMessage(),
                    false, e);
        }
        try {
            boolean created;
            if (readOnly && Files.exists(file) && !SCHEMA_VERSION.equals(recordedVersion(keeper))) {
                closeQuietly(keeper);
                return open(path, password, false); // an older schema: migrating it is a write
            }
            try {
                created = migrate(ds, keeper);
            } catch (FlywayException e) {
                // e.g. "Table SETTING already exists": an older version stopped half-way through creating it
                throw DamageCheck.damaged(file, "was left half-created (" + firstLine(e) + ")", e);
            }
            Jdbi jdbi = jdbiOn(ds);
            if (created) {
                new SettingsStore(jdbi).seedDefaults();
            }
            ChangeCounter counter = new ChangeCounter(jdbi.getTransactionHandler(), new WorkspaceState(file),
                    ChangeCounter.read(keeper));
            jdbi.setTransactionHandler(counter);
            return new Workspace(file, keeper, jdbi, counter);
        } catch (SQLException e) {
            closeQuietly(keeper);
            throw new WorkspaceUnavailableException("Cannot open workspace " + file + ": " + firstLine(e), false, e);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
    }

    private static Path baseOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()));
    }

    private static JdbcDataSource dataSource(Path base, char[] password) {
        JdbcDataSource ds = new JdbcDataSource();
        // MAX_COMPACT_TIME=0: H2 would otherwise rewrite part of the file at every close, even after only
        // reading — often a whole second of a short CLI call; close() compacts when it is worth it instead
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        ds.setUser("kam");
        if (password != null) {
            url += ";CIPHER=AES";
            String p = new String(password);
            ds.setPassword(p + " " + p);
        } else {
            ds.setPassword("");
        }
        ds.setURL(url);
        return ds;
    }

    static Jdbi jdbiOn(JdbcDataSource ds) {
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
    static boolean migrate(JdbcDataSource ds, Connection connection) {
        String recorded = recordedVersion(connection);
        if (SCHEMA_VERSION.equals(recorded)) {
            return false;
        }
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new RevenueSegmentsMigration())
                .load()
                .migrate();
        return recorded == null;
    }

    private static String recordedVersion(Connection connection) {
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

    /** A consistent copy of the workspace as it is now, before an import changes it. */
    public void backUpBeforeImport() {
        new Backups(file).takeUnlessHeld(keeper, BackupInfo.BEFORE_IMPORT, Instant.now(), counter.current());
    }

    /**
     * Closes the workspace. A session that wrote leaves a backup first; a failure to take it is
     * reported (thrown) after the workspace has been released.
     */
    @Override
    public void close() {
        RuntimeException backupFailure = null;
        if (counter.changedSinceOpen()) {
            try {
                new Backups(file).takeUnlessHeld(keeper, BackupInfo.AFTER_SESSION, Instant.now(), counter.current());
            } catch (RuntimeException e) {
                backupFailure = e;
            }
        }
        try (Statement st = keeper.createStatement()) {
            if (wroteIntoAMostlyEmptyFile(st, fileSize())) {
                st.execute("SHUTDOWN COMPACT"); // rewrites the live data into a fresh, dense file
            }
        } catch (SQLException ignored) {
            // the plain close below still releases the workspace
        }
        try {
            keeper.close();
        } catch (SQLException e) {
            // reported, not ignored: the committed changes are in the file, but its last write may not be
            RuntimeException closeFailure = new IllegalStateException("The workspace " + file + " could not be "
                    + "closed cleanly (" + firstLine(e) + "). Its committed changes are kept; if it does not open "
                    + "again, restore the newest automatic backup.", e);
            if (backupFailure != null) {
                closeFailure.addSuppressed(backupFailure);
            }
            throw closeFailure;
        }
        if (backupFailure != null) {
            throw backupFailure;
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

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a database we are leaving: nothing left to protect
        }
    }
}
