package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few statements the workspace's own machinery (write lock, change counter) words differently on
 * H2 and on PostgreSQL. The stores' SQL is the same on both.
 */
enum Dialect {
    H2("SET LOCK_TIMEOUT %d", "SELECT TRANSACTION_ID()"),
    POSTGRESQL("SET LOCAL lock_timeout = %d", "SELECT txid_current_if_assigned()");

    private final String lockTimeout;
    private final String transactionId;

    Dialect(String lockTimeout, String transactionId) {
        this.lockTimeout = lockTimeout;
        this.transactionId = transactionId;
    }

    static Dialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .startsWith("postgres") ? POSTGRESQL : H2;
    }

    /** How long this transaction's lock requests wait, in milliseconds. */
    String lockTimeout(long millis) {
        return String.format(java.util.Locale.ROOT, lockTimeout, millis);
    }

    /**
     * A query giving the id of this transaction, or null while it has changed nothing. (PostgreSQL gives
     * a transaction an id at its first row lock, so there every transaction of the write lock has one.)
     */
    String transactionId() {
        return transactionId;
    }

    /** Whether {@code e} says a lock could not be had in time, or that two writers waited for each other. */
    boolean lockTimedOut(SQLException e) {
        return switch (this) {
            case H2 -> e.getErrorCode() == 50200 || e.getErrorCode() == 40001;
            case POSTGRESQL -> "55P03".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
        };
    }
}
