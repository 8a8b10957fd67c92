package org.kamworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;

/**
 * Looks at an existing workspace read-only before it is opened for writing: H2 writes into the file
 * on every writable open, which would make damage permanent. A file H2 cannot read, or whose change
 * counter is below the one recorded beside it (it went back in time: H2 fell back to an older chunk),
 * is refused, and the file is left byte for byte as it was.
 */
final class DamageCheck {
    static final int DATABASE_IN_USE = 90020;
    static final int WRONG_PASSWORD = 90049;
    static final int WRONG_USER_OR_PASSWORD = 28000;

    private DamageCheck() {
    }

    /** @throws WorkspaceDamagedException with one sentence naming the newest backup, when damaged */
    static void verify(Path file, String url, JdbcDataSource credentials) {
        // the state file first: a concurrent writer raises it only after its commit, so it can never be ahead
        long recorded = new WorkspaceState(file).read();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url + ";ACCESS_MODE_DATA=r");
        ds.setUser(credentials.getUser());
        ds.setPassword(credentials.getPassword());
        long stored;
        try (Connection c = ds.getConnection()) {
            stored = ChangeCounter.read(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_IN_USE || e.getErrorCode() == WRONG_PASSWORD
                    || e.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                return; // not a sign of damage: the writable open says what it is
            }
            if (isMissingSettingTable(e)) {
                throw damaged(file, "was left half-created by an earlier version", e);
            }
            throw damaged(file, "cannot be read (" + firstLine(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            throw damaged(file, "cannot be read", e);
        }
        if (stored < recorded) {
            throw damaged(file, "has gone back in time (it holds change " + stored + " of " + recorded
                    + "; the end of the file was lost)", null);
        }
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
