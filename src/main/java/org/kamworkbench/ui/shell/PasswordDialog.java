package org.kamworkbench.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kamworkbench.ui.common.Texts;

/**
 * The two password dialogs of encrypted workspaces: asking for the password of one being opened (with the
 * sentence of a wrong try above the field), and choosing whether a new workspace is encrypted (password,
 * confirmation and a strength hint). Passwords leave them as {@code char[]}.
 */
final class PasswordDialog {
    /** What File › New chose: encrypted with {@code password}, or not (null). */
    record NewChoice(char[] password) {
    }

    private final Texts texts;

    PasswordDialog(Texts texts) {
        this.texts = texts;
    }

    /** Asks for the password of {@code workspaceName}; empty when cancelled. */
    Optional<char[]> ask(Window owner, String workspaceName, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("password.ask.title"));
        dialog.setHeaderText(texts.format("password.ask.header", workspaceName));
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPromptText(texts.get("password.field"));
        Label error = new Label(problem == null ? "" : problem);
        error.setId("passwordError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setManaged(problem != null);
        error.setVisible(problem != null);
        VBox box = new VBox(8, error, field);
        box.setPadding(new Insets(8));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }

    /** After File › New's file chooser: encrypt it or not; empty when cancelled. */
    Optional<NewChoice> chooseForNew(Window owner, String workspaceName) {
        Dialog<NewChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("password.new.title"));
        dialog.setHeaderText(texts.format("password.new.header", workspaceName));
        CheckBox encrypt = new CheckBox(texts.get("password.new.encrypt"));
        encrypt.setId("encryptBox");
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        first.setPromptText(texts.get("password.field"));
        PasswordField second = new PasswordField();
        second.setId("confirmPassword");
        second.setPromptText(texts.get("password.confirm"));
        Label hint = new Label();
        hint.setId("passwordHint");
        hint.setWrapText(true);
        Label warning = new Label(texts.get("password.new.warning"));
        warning.setWrapText(true);
        first.disableProperty().bind(encrypt.selectedProperty().not());
        second.disableProperty().bind(encrypt.selectedProperty().not());
        Runnable update = () -> hint.setText(!encrypt.isSelected() ? ""
                : !second.getText().isEmpty() && !second.getText().equals(first.getText())
                ? texts.get("password.mismatch") : texts.get(PasswordStrength.of(first.getText()).key()));
        first.textProperty().addListener((o, a, b) -> update.run());
        second.textProperty().addListener((o, a, b) -> update.run());
        encrypt.selectedProperty().addListener((o, a, b) -> update.run());
        VBox box = new VBox(8, encrypt, first, second, hint, warning);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(encrypt.selectedProperty().and(
                first.textProperty().isEmpty().or(first.textProperty().isNotEqualTo(second.textProperty()))));
        dialog.setResultConverter(b -> b != ButtonType.OK ? null
                : new NewChoice(encrypt.isSelected() ? first.getText().toCharArray() : null));
        return dialog.showAndWait();
    }

    /** What "Change workspace password…" chose: the current password (null if none) and the new one (null: remove). */
    record ChangeChoice(char[] current, char[] next) {
    }

    /** Changing, adding or removing the password of the open workspace; empty when cancelled. */
    Optional<ChangeChoice> chooseChange(Window owner, String workspaceName, boolean encrypted) {
        Dialog<ChangeChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("password.change.title"));
        dialog.setHeaderText(texts.format(encrypted ? "password.change.header" : "password.add.header", workspaceName));
        PasswordField current = new PasswordField();
        current.setId("currentPassword");
        current.setPromptText(texts.get("password.current"));
        CheckBox remove = new CheckBox(texts.get("password.change.remove"));
        remove.setId("removeBox");
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        first.setPromptText(texts.get("password.new"));
        PasswordField second = new PasswordField();
        second.setId("confirmPassword");
        second.setPromptText(texts.get("password.confirm"));
        Label hint = new Label();
        hint.setWrapText(true);
        Label warning = new Label(texts.get("password.new.warning"));
        warning.setWrapText(true);
        first.disableProperty().bind(remove.selectedProperty());
        second.disableProperty().bind(remove.selectedProperty());
        Runnable update = () -> hint.setText(remove.isSelected() ? texts.get("password.change.removeHint")
                : !second.getText().isEmpty() && !second.getText().equals(first.getText())
                ? texts.get("password.mismatch") : texts.get(PasswordStrength.of(first.getText()).key()));
        first.textProperty().addListener((o, a, b) -> update.run());
        second.textProperty().addListener((o, a, b) -> update.run());
        remove.selectedProperty().addListener((o, a, b) -> update.run());
        update.run();
        VBox box = new VBox(8);
        if (encrypted) {
            box.getChildren().addAll(current, remove);
        }
        box.getChildren().addAll(first, second, hint, warning);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var newOk = remove.selectedProperty().or(first.textProperty().isNotEmpty()
                .and(first.textProperty().isEqualTo(second.textProperty())));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(encrypted
                ? current.textProperty().isEmpty().or(newOk.not()) : newOk.not());
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : new ChangeChoice(
                encrypted ? current.getText().toCharArray() : null,
                remove.isSelected() ? null : first.getText().toCharArray()));
        return dialog.showAndWait();
    }
}
