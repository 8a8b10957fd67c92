package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * Why a team workspace could not be opened, as the Italian desktop shows it: an Italian sentence naming the server,
 * user and database; the command line keeps the English message.
 */
class ServerFailuresItalianTest {
    private static final ServerAddress ANNA = ServerAddress.parse("postgresql://db.example:5433/kam?user=anna");

    @Test
    void aWrongPasswordIsItalianAndStaysAPasswordFailure() {
        WorkspaceUnavailableException e = ServerFailures.opening(ANNA, new SQLException("auth failed", "28P01"));

        assertThat(e).isInstanceOf(WorkspacePasswordException.class);
        assertThat(e.message(Locale.ITALY))
                .isEqualTo("Il server db.example:5433 ha rifiutato la password di anna (o quell'utente non esiste).");
        assertThat(e.getMessage()).isEqualTo("The server db.example:5433 refused the password of anna (or there is "
                + "no such user).");
    }

    @Test
    void anUnknownDatabaseHostAndAnUnreachableServerAreItalian() {
        assertThat(ServerFailures.opening(ANNA, new SQLException("no db", "3D000")).message(Locale.ITALY))
                .isEqualTo("Non esiste un database kam sul server db.example:5433: controllane il nome, o chiedi "
                        + "all'amministratore di crearlo.");
        assertThat(ServerFailures.opening(ANNA, new SQLException("x", "08001", new UnknownHostException("db.example")))
                .message(Locale.ITALY)).isEqualTo("Non esiste un server chiamato db.example: controlla il nome dell'host.");
        assertThat(ServerFailures.opening(ANNA, new SQLException("x", "08001", new ConnectException("refused")))
                .message(Locale.ITALY)).startsWith("Impossibile raggiungere il server db.example:5433: controlla "
                + "l'indirizzo e la porta");
    }

    @Test
    void aMissingRightAndNoTlsAreItalian() {
        assertThat(ServerFailures.opening(ANNA, new SQLException("denied", "42501")).message(Locale.ITALY))
                .startsWith("A anna manca un permesso sul database kam su db.example:5433: chiedi all'amministratore");
        assertThat(ServerFailures.opening(ANNA, new SQLException("The server does not support SSL.", "08004"))
                .message(Locale.ITALY)).startsWith("Impossibile aprire una connessione sicura (TLS) con db.example:5433");
        assertThat(ServerFailures.opening(ANNA, new SQLException("The server does not support SSL.", "08004"))
                .getMessage()).startsWith("Cannot open a secure (TLS) connection to db.example:5433");
    }
}
