package org.kamworkbench.ui.shell;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;

/**
 * The dialog of File › Connect to team workspace…: binds its fields to a {@link ConnectDialogViewModel}.
 * Enter connects (the dialog stays open, saying why, until it succeeds); Escape cancels, except while
 * connecting (at most the connect timeout, 10 s).
 */
final class ConnectDialog {
    private final ConnectDialogViewModel model;
    private final Texts texts;

    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField database;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private CheckBox tls;
    @FXML private ProgressIndicator spinner;
    @FXML private Label problem;

    ConnectDialog(ConnectDialogViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        host.textProperty().bindBidirectional(model.hostProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        database.textProperty().bindBidirectional(model.databaseProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        tls.selectedProperty().bindBidirectional(model.tlsRequiredProperty());
        problem.textProperty().bind(model.problemProperty());
        spinner.visibleProperty().bind(model.connectingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
    }

    /** Shows the dialog until the team workspace is open (then the shell shows it) or the user cancels. */
    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("connect.title"));
        dialog.getDialogPane().setContent(Fxml.load(this, "ConnectDialog.fxml", texts));
        ButtonType connect = new ButtonType(texts.get("connect.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.disableProperty().bind(model.connectingProperty());
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once connected, not before
            model.connect(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        // while connecting the choice is the server's: the dialog closes on success or says why it failed
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(model.connectingProperty());
        dialog.setOnCloseRequest(e -> {
            if (model.connectingProperty().get()) {
                e.consume();
            }
        });
        dialog.getDialogPane().getStyleClass().add("connect-dialog");
        Platform.runLater(() -> (model.hostProperty().get().isEmpty() ? host : password).requestFocus());
        dialog.showAndWait();
    }
}
