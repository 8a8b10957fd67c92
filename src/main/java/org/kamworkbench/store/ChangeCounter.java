package org.kamworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Counts commits: every Jdbi transaction raises the counter in the database (inside the transaction,
 * so it lands with the data) and, once committed, records it in the {@link WorkspaceState} file (an H2
 * workspace; a workspace on a server has no file beside it).
 * Every write of the stores runs in a Jdbi transaction, so this is the one place writes commit, and
 * the one place they take the workspace's {@link WriteLock} (first, before reading what they merge).
 */
final class ChangeCounter extends DelegatingTransactionHandler {
    static final String SETTING = "workspace.changeCounter";

    private final WorkspaceState state;
    private final AtomicLong last;
    private final long atOpen;
    private final java.time.Duration lockWait;
    /** How messages name the workspace: its file, or its server address. */
    private final String workspace;

    ChangeCounter(TransactionHandler delegate, WorkspaceState state, long atOpen) {
        this(delegate, state, atOpen, WriteLock.WAIT);
    }

    /** @param lockWait how long a transaction waits for the one writing before it ({@link WriteLock}) */
    ChangeCounter(TransactionHandler delegate, WorkspaceState state, long atOpen, java.time.Duration lockWait) {
        this(delegate, state, workspaceOf(state).toString(), atOpen, lockWait);
    }

    /**
     * For a workspace on a server: the counter lives in the database only.
     *
     * @param workspace how messages name the workspace
     */
    static ChangeCounter withoutFile(TransactionHandler delegate, String workspace, long atOpen) {
        return new ChangeCounter(delegate, null, workspace, atOpen, WriteLock.WAIT);
    }

    private ChangeCounter(TransactionHandler delegate, WorkspaceState state, String workspace, long atOpen,
                          java.time.Duration lockWait) {
        super(delegate);
        this.lockWait = lockWait;
        this.workspace = workspace;
        this.state = state;
        this.atOpen = atOpen;
        this.last = new AtomicLong(atOpen);
    }

    private static java.nio.file.Path workspaceOf(WorkspaceState state) {
        String stateName = state.file().getFileName().toString();
        return state.file().resolveSibling(stateName.substring(0, stateName.length() - WorkspaceState.SUFFIX.length()));
    }

    /** The counter as stored in the database; 0 for a workspace from before counters. */
    static long read(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT text_value FROM setting WHERE name = ?")) {
            st.setString(1, SETTING);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1).trim()) : 0;
            }
        }
    }

    /** True when a transaction committed since the workspace was opened. */
    boolean changedSinceOpen() {
        return last.get() != atOpen;
    }

    long current() {
        return last.get();
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        return counted(callback, raising -> super.inTransaction(handle, raising));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        return counted(callback, raising -> super.inTransaction(handle, level, raising));
    }

    /** A transaction of the wrapped handler, given the callback that also raises the counter. */
    @FunctionalInterface
    private interface Transaction<R, X extends Exception> {
        R run(HandleCallback<R, X> raising) throws X;
    }

    /** Runs {@code callback} in {@code transaction}, raising the counter inside it and recording it after the commit. */
    private <R, X extends Exception> R counted(HandleCallback<R, X> callback, Transaction<R, X> transaction) throws X {
        long[] counter = new long[1];
        R result;
        try {
            result = transaction.run(h -> {
                WriteLock.take(h.getConnection(), workspace, lockWait);
                R r = callback.withHandle(h);
                counter[0] = raise(h);
                return r;
            });
        } catch (RuntimeException e) {
            throw diskFullOr(e);
        }
        recorded(counter[0]);
        return result;
    }

    /** A full disk during a write is said as such; the transaction was rolled back. */
    private RuntimeException diskFullOr(RuntimeException e) {
        return DiskFull.causedBy(e) && state != null
                ? new IllegalStateException(DiskFull.sentence(state.file()) + " The workspace is unchanged.", e) : e;
    }

    /** Raises the counter in this transaction; the row lock also orders concurrent writers. */
    private static long raise(Handle h) {
        // a transaction that changed nothing (a read) leaves the file and the counter alone
        if (!dialect(h).mayHaveWritten(h)) {
            return 0;
        }
        long next = h.createQuery("SELECT text_value FROM setting WHERE name = :name FOR UPDATE")
                .bind("name", SETTING).mapTo(String.class).findOne().map(v -> Long.parseLong(v.trim())).orElse(0L) + 1;
        int updated = h.createUpdate("UPDATE setting SET text_value = :value WHERE name = :name")
                .bind("value", Long.toString(next)).bind("name", SETTING).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO setting (name, text_value) VALUES (:name, :value)")
                    .bind("name", SETTING).bind("value", Long.toString(next)).execute();
        }
        return next;
    }

    private static Dialect dialect(Handle h) {
        try {
            return Dialect.of(h.getConnection());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database the workspace is on: " + FirstLine.of(e), e);
        }
    }

    private synchronized void recorded(long counter) {
        if (counter > last.get()) {
            last.set(counter);
            if (state != null) {
                state.write(counter);
            }
        }
    }
}
