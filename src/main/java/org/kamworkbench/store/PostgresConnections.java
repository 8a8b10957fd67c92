package org.kamworkbench.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL driver settings a workspace on a server needs to be about as fast as one on H2
 * (measured with {@code src/bench/two-databases.sh}):
 * <ul>
 * <li>{@code prepareThreshold=-1}: the driver prepares every statement on the server at once and so
 * receives results in binary form; otherwise a query's first executions come back as text, and the
 * revenue segments ({@code BYTEA}) as hexadecimal text twice their size, decoded again on our side;</li>
 * <li>{@code reWriteBatchedInserts=true}: a batch of inserts (accounts, ratings, rates) goes to the
 * server as multi-row inserts instead of one statement per row.</li>
 * </ul>
 * A workspace on a server is reached through a small pool ({@link #poolConfig}): each read of the app
 * borrows an open connection instead of logging in again (a new PostgreSQL connection costs a server
 * process and an authentication: tens of milliseconds, more than most reads).
 */
public final class PostgresConnections {
    /** Driver properties (names as in the JDBC URL) every connection to a workspace database gets. */
    public static final Map<String, String> PROPERTIES = Map.of(
            "prepareThreshold", "-1",
            "reWriteBatchedInserts", "true");

    /** Connections a workspace keeps open at most: a few background reads side by side, and a writer. */
    static final int POOL_SIZE = 4;

    private PostgresConnections() {
    }

    /**
     * The pool settings every workspace on a server gets, for the database at {@code jdbcUrl}
     * ({@code jdbc:postgresql://…}): {@link #PROPERTIES}, at most {@link #POOL_SIZE} connections, one kept
     * open. The caller adds the login and what else its server needs, then builds the pool.
     */
    public static HikariConfig poolConfig(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        PROPERTIES.forEach(config::addDataSourceProperty);
        config.setPoolName("kam-team-workspace");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        return config;
    }

    /** A data source for the database at {@code jdbcUrl} ({@code jdbc:postgresql://…}) with {@link #PROPERTIES}. */
    public static PGSimpleDataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        PROPERTIES.forEach((name, value) -> {
            try {
                ds.setProperty(name, value);
            } catch (SQLException e) {
                throw new IllegalStateException("The PostgreSQL driver does not know the setting " + name, e);
            }
        });
        return ds;
    }
}
