package org.kamworkbench.store;

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
 */
public final class PostgresConnections {
    /** Driver properties (names as in the JDBC URL) every connection to a workspace database gets. */
    public static final Map<String, String> PROPERTIES = Map.of(
            "prepareThreshold", "-1",
            "reWriteBatchedInserts", "true");

    private PostgresConnections() {
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
