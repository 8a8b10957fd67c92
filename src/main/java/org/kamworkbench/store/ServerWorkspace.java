package org.kamworkbench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * One open team workspace: a PostgreSQL database on a server, reached through a small pool of
 * connections, created and upgraded by the same Flyway migrations as an H2 workspace. Several people
 * have it open at once; their writes take turns through the {@link WriteLock} row, and the
 * {@link ChangeCounter} counts commits in the database alone. There is no file beside it: no lock file,
 * no damage check, no automatic backups (the administrator's {@code pg_dump} is the backup).
 */
public final class ServerWorkspace implements AutoCloseable {
    /** How long connecting to the server may take before the user is told it does not answer. */
    private static final int CONNECT_SECONDS = 10;

    private final ServerAddress address;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final boolean created;

    private ServerWorkspace(ServerAddress address, HikariDataSource pool, Jdbi jdbi, boolean created) {
        this.address = address;
        this.pool = pool;
        this.jdbi = jdbi;
        this.created = created;
    }

    /**
     * Connects to the database {@code address} names with {@code password}, brings its schema up to date
     * (a new, empty database gets the tables and the default settings) and installs the write lock.
     *
     * @throws WorkspacePasswordException when no password is given, or the server refuses it
     * @throws WorkspaceUnavailableException with one sentence when the server, the database or a right is missing
     */
    public static ServerWorkspace open(ServerAddress address, char[] password) {
        if (password == null) {
            throw new WorkspacePasswordException("The team workspace " + address.shortName() + " needs the password "
                    + "of " + address.user() + ": set " + ServerPasswords.ENV + ", put it in ~/.pgpass, or type it "
                    + "when asked.", true, null);
        }
        HikariDataSource pool = connect(address, password);
        try {
            boolean created;
            try (Connection c = pool.getConnection()) {
                created = Migrations.migrate(pool, c);
            } catch (FlywayException e) {
                throw ServerFailures.opening(address, e);
            }
            Jdbi jdbi = JdbiSetup.on(pool);
            long counter;
            try (Connection c = pool.getConnection()) {
                if (created) {
                    new SettingsStore(jdbi).seedDefaults();
                }
                counter = ChangeCounter.read(c);
            }
            jdbi.setTransactionHandler(ChangeCounter.withoutFile(jdbi.getTransactionHandler(), address.toString(),
                    counter));
            return new ServerWorkspace(address, pool, jdbi, created);
        } catch (SQLException e) {
            pool.close();
            throw ServerFailures.opening(address, e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource connect(ServerAddress address, char[] password) {
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        HikariConfig config = PostgresConnections.poolConfig("jdbc:postgresql://" + host + ":" + address.port() + "/"
                + java.net.URLEncoder.encode(address.database(), java.nio.charset.StandardCharsets.UTF_8));
        config.setUsername(address.user());
        config.setPassword(new String(password));
        address.options().forEach(config::addDataSourceProperty); // TLS and the like, for the driver
        config.addDataSourceProperty("ApplicationName", "KAM Workbench");
        config.addDataSourceProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        config.addDataSourceProperty("loginTimeout", Integer.toString(CONNECT_SECONDS));
        config.setConnectionTimeout(CONNECT_SECONDS * 1000L + 2000);
        config.setInitializationFailTimeout(1); // the first connection fails at once, with the server's reason
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ServerFailures.opening(address, e);
        }
    }

    /** Whether this open created the workspace's tables (the database was empty). */
    public boolean created() {
        return created;
    }

    public ServerAddress address() {
        return address;
    }

    /** "database on host", for titles and report covers. */
    public String displayName() {
        return WorkspaceLocation.of(address).displayName();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Whether the workspace holds any account yet (an archive is loaded only into an empty one). */
    public boolean holdsAccounts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one()) > 0;
    }

    /** Closes this computer's connections; the workspace stays on the server as the last commit left it. */
    @Override
    public void close() {
        pool.close();
    }
}
