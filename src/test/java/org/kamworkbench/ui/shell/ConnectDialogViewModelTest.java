package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import org.kamworkbench.ui.TestWorkspaces;

/** The connect dialog's state without a toolkit: what it checks, what it hands the shell, what it says. */
class ConnectDialogViewModelTest {
    private record Call(ServerAddress address, String password, Runnable connected, Consumer<Throwable> failed) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final ConnectDialogViewModel model = new ConnectDialogViewModel(
            (address, password, connected, failed) -> calls.add(new Call(address,
                    password == null ? null : new String(password), connected, failed)),
            TestWorkspaces.english());
    private int closed;

    private void fill(String host, String port, String database, String user, String password) {
        model.hostProperty().set(host);
        model.portProperty().set(port);
        model.databaseProperty().set(database);
        model.userProperty().set(user);
        model.passwordProperty().set(password);
    }

    @Test
    void thePortStartsAt5432() {
        assertThat(model.portProperty().get()).isEqualTo("5432");
    }

    @Test
    void eachMissingOrWrongFieldIsSaidAndNothingConnects() {
        fill("", "5432", "kam", "anna", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).isEqualTo("Type the server's host name or address.");
        fill("db example", "5432", "kam", "anna", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).startsWith("“db example” is not a host name");
        fill("db.example.com", "54x", "kam", "anna", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).startsWith("“54x” is not a port: type a number from 1 to 65535");
        fill("db.example.com", "70000", "kam", "anna", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).startsWith("“70000” is not a port");
        fill("db.example.com", "5432", " ", "anna", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).isEqualTo("Type the name of the database.");
        fill("db.example.com", "5432", "kam", "", "pw");
        model.connect(() -> closed++);
        assertThat(model.problemProperty().get()).isEqualTo("Type your user name on the server.");
        assertThat(calls).isEmpty();
        assertThat(closed).isZero();
    }

    @Test
    void connectingHandsTheAddressAndPasswordOverAndClosesOnceConnected() {
        fill(" db.example.com ", "6543", "kam_team", "anna", "s3cret");
        model.tlsRequiredProperty().set(true);
        model.connect(() -> closed++);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).address()).hasToString("postgresql://db.example.com:6543/kam_team?user=anna&sslmode=require");
        assertThat(calls.get(0).password()).isEqualTo("s3cret");
        assertThat(model.connectingProperty().get()).isTrue();
        model.connect(() -> closed++); // Enter pressed again while connecting
        assertThat(calls).hasSize(1);
        calls.get(0).connected().run();
        assertThat(closed).isEqualTo(1);
        assertThat(model.connectingProperty().get()).isFalse();
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void anEmptyPasswordLeavesItToTheEnvironmentOrPgpass() {
        fill("db", "5432", "kam", "anna", "");
        model.connect(() -> closed++);
        assertThat(calls.get(0).password()).isNull();
        calls.get(0).failed().accept(new WorkspacePasswordException("needs a password", true, null));
        assertThat(model.problemProperty().get())
                .isEqualTo("Type your password: neither KAM_DB_PASSWORD nor ~/.pgpass holds one for this server.");
        assertThat(closed).isZero();
    }

    @Test
    void aFailureIsShownInTheDialogWhichStaysOpen() {
        fill("db", "5432", "kam", "anna", "wrong");
        model.connect(() -> closed++);
        calls.get(0).failed().accept(new WorkspaceUnavailableException(
                "There is no database kam on the server db:5432: check its name, or ask the administrator to create it.",
                false, null));
        assertThat(model.problemProperty().get()).startsWith("There is no database kam on the server db:5432");
        assertThat(model.connectingProperty().get()).isFalse();
        assertThat(closed).isZero();
        assertThat(model.passwordProperty().get()).isEqualTo("wrong"); // kept to correct it
    }

    @Test
    void aRecentConnectionIsPrefilledAndKeepsItsDriverOptions() {
        ServerAddress known = ServerAddress.parse(
                "postgresql://db:5433/kam?user=anna&sslmode=verify-full&sslrootcert=/etc/kam/root.crt");
        model.prefill(known, "The server db:5433 refused the password of anna (or there is no such user).");
        assertThat(model.hostProperty().get()).isEqualTo("db");
        assertThat(model.portProperty().get()).isEqualTo("5433");
        assertThat(model.tlsRequiredProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).startsWith("The server db:5433 refused");
        model.passwordProperty().set("again");
        model.connect(() -> closed++);
        assertThat(calls.get(0).address()).isEqualTo(known);
        assertThat(calls.get(0).address().options()).containsEntry("sslmode", "verify-full");
        model.tlsRequiredProperty().set(false);
        calls.get(0).failed().accept(new IllegalStateException("x"));
        model.connect(() -> closed++);
        assertThat(calls.get(1).address().options()).isEqualTo(Map.of("sslrootcert", "/etc/kam/root.crt"));
    }
}
