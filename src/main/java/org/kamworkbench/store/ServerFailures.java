package org.kamworkbench.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Says in one sentence why a team workspace on a server could not be opened: a wrong password, an
 * unknown database, a server out of reach, a missing right. Built from the SQL state and the cause's
 * type only; the driver's message goes nowhere but the failure's cause (it never holds the password).
 */
final class ServerFailures {
    private ServerFailures() {
    }

    /** The failure to open {@code address}, for whatever {@code failure} (or one of its causes) says. */
    static WorkspaceUnavailableException opening(ServerAddress address, Throwable failure) {
        String where = address.host() + ":" + address.port();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return unavailable(Sentence.of("server.unknownHost", address.host()), failure);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return unavailable(Sentence.of("server.unreachable", where), failure);
            }
            if (t instanceof SocketTimeoutException) {
                return unavailable(Sentence.of("server.timeout", where), failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                WorkspaceUnavailableException said = bySqlState(address, e, failure);
                if (said != null) {
                    return said;
                }
            }
        }
        return unavailable(Sentence.of("server.failed", address.shortName(), address.user(), driverSentence(failure)),
                failure);
    }

    private static WorkspaceUnavailableException bySqlState(ServerAddress address, SQLException e, Throwable failure) {
        String state = e.getSQLState();
        String where = address.host() + ":" + address.port();
        return switch (state) {
            case "28P01" -> new WorkspacePasswordException(Sentence.of("server.wrongPassword", where, address.user()),
                    false, failure);
            case "28000" -> unavailable(Sentence.of("server.notAllowed", where, address.user(), address.database()),
                    failure);
            case "3D000" -> unavailable(Sentence.of("server.noDatabase", address.database(), where), failure);
            case "42501" -> unavailable(Sentence.of("server.noRight", address.user(), address.database(), where),
                    failure);
            case "53300" -> unavailable(Sentence.of("server.full", where), failure);
            case "57P03" -> unavailable(Sentence.of("server.starting", where), failure);
            case "08001", "08006" -> unavailable(Sentence.of("server.unreachable", where), failure);
            default -> state.startsWith("08") && String.valueOf(e.getMessage()).contains("SSL")
                    ? unavailable(Sentence.of("server.noTls", where), failure)
                    : null;
        };
    }

    /** The driver's first line without class names; PostgreSQL's messages never hold the password. */
    private static String driverSentence(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                deepest = t;
            }
        }
        return FirstLine.of(deepest).replaceFirst("^([a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]+:\\s*", "");
    }

    private static WorkspaceUnavailableException unavailable(Sentence sentence, Throwable cause) {
        return new WorkspaceUnavailableException(sentence, false, cause);
    }
}
