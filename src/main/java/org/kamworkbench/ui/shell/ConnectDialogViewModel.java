package org.kamworkbench.ui.shell;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * File › Connect to team workspace…: host, port, database, user, password and whether TLS is required;
 * checks what was typed, then connects in the background (through the shell) and says in the dialog why
 * it failed. The password is handed over once and then forgotten; nothing here stores it.
 */
public final class ConnectDialogViewModel {
    /** Connects the shell to a team workspace, in the background; exactly one of the callbacks runs, on the UI thread. */
    @FunctionalInterface
    public interface Connector {
        void connect(ServerAddress address, char[] password, Runnable connected, Consumer<Throwable> failed);
    }

    private static final String SSLMODE = "sslmode";

    private final Connector connector;
    private final Texts texts;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tlsRequired = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    /** Driver options of an address given to prefill (a certificate file, …), kept as they were. */
    private Map<String, String> otherOptions = Map.of();

    public ConnectDialogViewModel(Connector connector, Texts texts) {
        this.connector = connector;
        this.texts = texts;
    }

    /** Fills the fields from a known address (from the recent list), and says why it is asked again. */
    public void prefill(ServerAddress address, String why) {
        host.set(address.host());
        port.set(Integer.toString(address.port()));
        database.set(address.database());
        user.set(address.user());
        tlsRequired.set(address.tlsRequired());
        otherOptions = address.options();
        problem.set(why == null ? "" : why);
    }

    /**
     * The address the fields give.
     *
     * @throws IllegalArgumentException with the sentence to show when a field is missing or wrong
     */
    ServerAddress address() {
        if (host.get().isBlank()) {
            throw new IllegalArgumentException(texts.get("connect.hostMissing"));
        }
        if (!host.get().trim().matches("[\\p{L}\\p{N}._:\\-\\[\\]]+")) {
            throw new IllegalArgumentException(texts.format("connect.hostInvalid", host.get().trim()));
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new IllegalArgumentException(texts.format("connect.portInvalid", port.get().trim()));
        }
        if (database.get().isBlank()) {
            throw new IllegalArgumentException(texts.get("connect.databaseMissing"));
        }
        if (user.get().isBlank()) {
            throw new IllegalArgumentException(texts.get("connect.userMissing"));
        }
        Map<String, String> options = new LinkedHashMap<>(otherOptions);
        if (tlsRequired.get()) {
            if (!options.getOrDefault(SSLMODE, "").startsWith("verify-")) {
                options.put(SSLMODE, "require");
            }
        } else {
            options.remove(SSLMODE);
        }
        String bareHost = host.get().trim().replaceAll("^\\[|]$", "");
        return new ServerAddress(bareHost, portNumber, database.get().trim(), user.get().trim(), options);
    }

    /**
     * Checks the fields and connects in the background; {@code connected} runs (on the UI thread) once the
     * team workspace is open. On a problem the dialog stays open and {@link #problemProperty} says it.
     */
    public void connect(Runnable connected) {
        if (connecting.get()) {
            return;
        }
        ServerAddress address;
        try {
            address = address();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        char[] typed = password.get().isEmpty() ? null : password.get().toCharArray();
        problem.set("");
        connecting.set(true);
        connector.connect(address, typed, () -> {
            connecting.set(false);
            password.set("");
            clear(typed);
            connected.run();
        }, failure -> {
            connecting.set(false);
            clear(typed);
            problem.set(failure instanceof WorkspacePasswordException p && p.missing()
                    ? texts.get("connect.passwordNeeded") : Problems.sentence(failure, texts));
        });
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty tlsRequiredProperty() {
        return tlsRequired;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }
}
