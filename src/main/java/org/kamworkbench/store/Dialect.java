package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.Handle;

/**
 * The few statements that differ between the two databases a workspace can live on: H2 (a file on a
 * laptop) and PostgreSQL (a team's server). Every other query of the stores is plain SQL both accept;
 * this is the one place that knows which database it talks to.
 */
enum Dialect {
    H2,
    POSTGRESQL;

    /** SQLState of a duplicate key, on both. */
    private static final String DUPLICATE_KEY = "23505";
    /** H2: "Timeout trying to lock table" (HYT00) and "Deadlock detected" (40001). */
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_DEADLOCK = 40001;
    /** PostgreSQL: lock_not_available, deadlock_detected, serialization_failure. */
    private static final java.util.Set<String> POSTGRESQL_BUSY = java.util.Set.of("55P03", "40P01", "40001");

    static Dialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRESQL : H2;
    }

    /**
     * Whether the transaction of {@code h} may have written anything: H2 tells (no transaction id before
     * the first change); on PostgreSQL the write lock's row lock has given every writing transaction an
     * id already, and asking the statistics costs more than the counter's one update, so: yes.
     */
    boolean mayHaveWritten(Handle h) {
        return this == POSTGRESQL
                || h.createQuery("SELECT TRANSACTION_ID() IS NOT NULL").mapTo(Boolean.class).one();
    }

    /** How long statements of the current transaction wait for a row another transaction holds. */
    String lockTimeout(Duration wait) {
        return this == H2 ? "SET LOCK_TIMEOUT " + wait.toMillis() : "SET LOCAL lock_timeout = " + wait.toMillis();
    }

    /** True when {@code e} says the statement gave up waiting for another writer (or was chosen to let it pass). */
    boolean isBusy(SQLException e) {
        return this == H2 ? e.getErrorCode() == H2_LOCK_TIMEOUT || e.getErrorCode() == H2_DEADLOCK
                : POSTGRESQL_BUSY.contains(e.getSQLState());
    }

    static boolean isDuplicateKey(SQLException e) {
        return DUPLICATE_KEY.equals(e.getSQLState());
    }
}
