package org.kamworkbench.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.kamworkbench.ui.common.Texts;

/**
 * Asks for an archive's password: when exporting, an optional one typed twice (empty: not encrypted);
 * when importing an encrypted archive, the one it was sealed with.
 */
final class ArchivePasswordDialog {
    /** The minimum length of a new password: the archive travels by e-mail, guessing must be expensive. */
    static final int MIN_LENGTH = 10;

    private final Texts texts;

    @FXML private Label header;
    @FXML private PasswordField password;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeat;
    @FXML private Label problem;

    ArchivePasswordDialog(Texts texts) {
        this.texts = texts;
    }

    /** For an export: empty optional = cancelled; a present empty array = no password. */
    Optional<char[]> askNew(Window owner) {
        Dialog<char[]> dialog = dialog(owner, "archive.export.title", texts.get("archive.export.header"), null);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problemText = problemWithNew(password.getText(), repeat.getText());
            problem.setText(problemText == null ? "" : texts.get(problemText));
            if (problemText != null) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    /** For an import: the password, or empty when cancelled. {@code wrong} says the last one failed. */
    Optional<char[]> askExisting(Window owner, String archiveName, boolean wrong) {
        Dialog<char[]> dialog = dialog(owner, "archive.import.title",
                texts.format("archive.import.passwordHeader", archiveName),
                wrong ? texts.get("archive.wrongPassword") : null);
        repeatLabel.setVisible(false);
        repeat.setVisible(false);
        repeatLabel.setManaged(false);
        repeat.setManaged(false);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    /** The message key of what is wrong with a new password (null: fine; both empty: no encryption). */
    static String problemWithNew(String typed, String repeated) {
        if (typed.isEmpty() && repeated.isEmpty()) {
            return null;
        }
        if (typed.length() < MIN_LENGTH) {
            return "archive.passwordShort";
        }
        return typed.equals(repeated) ? null : "archive.passwordsDiffer";
    }

    private Dialog<char[]> dialog(Window owner, String titleKey, String headerText, String problemText) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(titleKey));
        dialog.getDialogPane().setContent(org.kamworkbench.ui.common.Fxml.load(this, "ArchivePasswordDialog.fxml", texts));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        header.setText(headerText);
        problem.setText(problemText == null ? "" : problemText);
        Platform.runLater(password::requestFocus);
        return dialog;
    }

    static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
