package org.kamworkbench.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
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
                return unavailable("There is no server called " + address.host() + ": check the host name.", failure);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return unavailable("Cannot reach the server " + where + ": check the address and the port, that "
                        + "PostgreSQL runs there and that the network lets you through.", failure);
            }
            if (t instanceof SocketTimeoutException) {
                return unavailable("The server " + where + " did not answer in time: check the address, and that "
                        + "the network lets you through.", failure);
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
        return unavailable("Cannot open the team workspace " + address.shortName() + " as " + address.user()
                + ": " + driverSentence(failure), failure);
    }

    private static WorkspaceUnavailableException bySqlState(ServerAddress address, SQLException e, Throwable failure) {
        String state = e.getSQLState();
        String where = address.host() + ":" + address.port();
        return switch (state) {
            case "28P01" -> new WorkspacePasswordException("The server " + where + " refused the password of "
                    + address.user() + " (or there is no such user).", false, failure);
            case "28000" -> unavailable("The server " + where + " does not let " + address.user() + " connect to "
                    + "the database " + address.database() + ": the user is unknown there, or the server's "
                    + "pg_hba.conf has no entry for this computer.", failure);
            case "3D000" -> unavailable("There is no database " + address.database() + " on the server " + where
                    + ": check its name, or ask the administrator to create it.", failure);
            case "42501" -> unavailable(address.user() + " lacks a right on the database " + address.database()
                    + " on " + where + ": ask the administrator to grant the rights the README lists (an upgrade "
                    + "of the tables is made by the workspace's owner role).", failure);
            case "53300" -> unavailable("The server " + where + " has no connection left: try again later, or "
                    + "ask the administrator to allow more.", failure);
            case "57P03" -> unavailable("The server " + where + " is starting up or shutting down: try again in a "
                    + "moment.", failure);
            case "08001", "08006" -> unavailable("Cannot reach the server " + where + ": check the address and "
                    + "the port, that PostgreSQL runs there and that the network lets you through.", failure);
            default -> state.startsWith("08") && String.valueOf(e.getMessage()).contains("SSL")
                    ? unavailable("Cannot open a secure (TLS) connection to " + where + ": the server does not offer "
                    + "TLS, or its certificate could not be checked (sslmode, sslrootcert).", failure)
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
        return Workspace.firstLine(deepest).replaceFirst("^([a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]+:\\s*", "");
    }

    private static WorkspaceUnavailableException unavailable(String sentence, Throwable cause) {
        return new WorkspaceUnavailableException(sentence, false, cause);
    }
}
