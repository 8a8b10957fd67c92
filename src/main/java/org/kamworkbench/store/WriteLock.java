package org.kamworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * The workspace's write lock, held in the database: the first thing every writing transaction does
 * is {@code SELECT … FOR UPDATE} on one row (the change counter's, which every write raises anyway),
 * so writers take turns. A write that reads, merges and writes back (revenue year segments with
 * {@code --add}, ratings, plans, KPI values, effort) therefore always reads what the previous writer
 * committed, whoever that was: another call of the background process, another window, another
 * person on a shared server. A writer waits up to {@link #WAIT} for the one before it, then gives up
 * with a "busy" message (exit code 3), leaving the workspace unchanged.
 */
final class WriteLock {
    static final Duration WAIT = Duration.ofSeconds(30);

    private WriteLock() {
    }

    /**
     * Takes the lock for the transaction {@code connection} is in (until it commits or rolls back),
     * waiting at most {@code wait} for a writer that holds it.
     */
    static void take(Connection connection, String workspace, Duration wait) {
        Dialect dialect = Dialect.H2;
        try {
            if (connection.isReadOnly()) {
                return; // opened for reading: nothing can be written, nothing to protect
            }
            dialect = Dialect.of(connection);
            try (Statement st = connection.createStatement()) {
                st.execute(dialect.lockTimeout(wait));
            }
            if (!lockRow(connection)) {
                // PostgreSQL aborts a whole transaction at a failed statement: a savepoint keeps it going
                Savepoint beforeInsert = connection.setSavepoint();
                try {
                    insertRow(connection);
                } catch (SQLException e) {
                    if (!Dialect.isDuplicateKey(e)) {
                        throw e;
                    }
                    connection.rollback(beforeInsert); // another writer created the row at the same moment: lock the one it made
                }
                lockRow(connection);
            }
        } catch (SQLException e) {
            if (dialect.isBusy(e)) {
                throw busy(workspace, wait, e);
            }
            throw new IllegalStateException("Cannot lock workspace " + workspace + " for writing: "
                    + FirstLine.of(e), e);
        }
    }

    static WorkspaceUnavailableException busy(String workspace, Duration wait, Throwable cause) {
        return new WorkspaceUnavailableException("The workspace " + workspace + " is busy: another import or edit "
                + "has been writing to it for more than " + wait.toSeconds() + " seconds. Nothing was changed; "
                + "try again when it has finished.", true, cause);
    }

    private static boolean lockRow(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT text_value FROM setting WHERE name = ? FOR UPDATE")) {
            st.setString(1, ChangeCounter.SETTING);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A workspace from before change counters has no row yet: counter 0, as {@link ChangeCounter#read} reads it. */
    private static void insertRow(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO setting (name, text_value) VALUES (?, '0')")) {
            st.setString(1, ChangeCounter.SETTING);
            st.executeUpdate();
        }
    }
}
