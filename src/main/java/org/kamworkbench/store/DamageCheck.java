package org.kamworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;

/**
 * Refuses a damaged workspace before anything is written into it: H2 writes into the file on every
 * writable open, which would make damage permanent. A file H2 cannot read, or whose change counter is
 * below the one recorded beside it (it went back in time: H2 fell back to an older chunk), is refused,
 * and the file is left byte for byte as it was.
 * <p>
 * Before a writable open: a file that still has the fingerprint its last clean close recorded is
 * exactly that file (nothing to look into); a file that does not, while that fingerprint is still recorded,
 * changed while closed and is refused (H2 would fall back to an older chunk without a word, and its counter
 * may not show it when the lost chunk held no commit of ours); any other is first opened read-only and its
 * counter read. The fingerprint is dropped before the writable open, so a crash after it is not taken for damage.
 * A read-only open writes nothing, so it is checked on its own connection ({@link #verifyOpened}).
 */
final class DamageCheck {
    static final int DATABASE_IN_USE = 90020;
    static final int WRONG_PASSWORD = 90049;
    static final int WRONG_USER_OR_PASSWORD = 28000;

    private DamageCheck() {
    }

    /**
     * Before opening {@code file} for writing.
     *
     * @throws WorkspaceDamagedException with one sentence naming the newest backup, when damaged
     */
    static void verify(Path file, String url, JdbcDataSource credentials) {
        WorkspaceState state = new WorkspaceState(file);
        Optional<FileFingerprint> closedAs = state.closedAs();
        if (closedAs.isPresent()) {
            if (closedAs.get().matches(file)) {
                // byte for byte the file the last session closed: from now on it is being changed, and a
                // crash from here on must not leave it looking like a file changed behind our back
                state.write(state.read());
                return;
            }
            if (state.closedAs().isPresent()) {
                // changed while no session had it open (another writer would have dropped the fingerprint
                // before opening it): flipped bytes, a lost end, or a copy put in its place
                throw damaged(file, "has changed since its last session closed it", null);
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url + H2DataSources.READ_ONLY);
        ds.setUser(credentials.getUser());
        ds.setPassword(credentials.getPassword());
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            refuseIfDamage(file, e);
            return; // not a sign of damage: the writable open says what it is
        } catch (RuntimeException e) {
            throw damaged(file, "cannot be read", e);
        }
        try (c) {
            verifyOpened(file, c);
        } catch (SQLException ignored) {
            // closing a read-only connection: nothing was written
        }
    }

    /**
     * On a connection just opened (read-only, or after {@link #verify}): its counter must not be below the
     * recorded one. The state file is read first: a concurrent writer raises it only after its commit, so
     * it can never be ahead of a database that is fine.
     */
    static void verifyOpened(Path file, Connection c) {
        long recorded = new WorkspaceState(file).read();
        long stored;
        try {
            stored = ChangeCounter.read(c);
        } catch (SQLException e) {
            refuseIfDamage(file, e);
            throw damaged(file, "cannot be read (" + firstLine(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            throw damaged(file, "cannot be read", e);
        }
        if (stored < recorded) {
            throw damaged(file, "has gone back in time (it holds change " + stored + " of " + recorded
                    + "; the end of the file was lost)", null);
        }
    }

    /** Throws when {@code e}, from opening or reading {@code file}, means damage; returns when it says busy or a wrong password. */
    static void refuseIfDamage(Path file, SQLException e) {
        if (e.getErrorCode() == DATABASE_IN_USE || e.getErrorCode() == WRONG_PASSWORD
                || e.getErrorCode() == WRONG_USER_OR_PASSWORD) {
            return;
        }
        if (isMissingSettingTable(e)) {
            throw damaged(file, "was left half-created by an earlier version", e);
        }
        throw damaged(file, "cannot be read (" + firstLine(e.getMessage()) + ")", e);
    }

    private static boolean isMissingSettingTable(SQLException e) {
        return e.getErrorCode() == 42104 || e.getErrorCode() == 42102; // table not found
    }

    static WorkspaceDamagedException damaged(Path file, String what, Throwable cause) {
        Optional<Backups.Backup> newest = new Backups(file).newest();
        String offer = newest.map(b -> " Restore the newest automatic backup, " + b.file().getFileName() + " of "
                        + b.takenDisplay() + ", with 'workspace restore " + b.file().getFileName() + "'.")
                .orElse(" There is no automatic backup of it.");
        return new WorkspaceDamagedException("The workspace " + file + " is damaged: it " + what
                + "; it was not opened and was left untouched." + offer, cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf(" [");
        return sql > 0 ? line.substring(0, sql) : line;
    }
}
