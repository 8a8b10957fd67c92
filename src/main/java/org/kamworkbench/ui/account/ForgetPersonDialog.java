package org.kamworkbench.ui.account;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kamworkbench.service.privacy.PersonFootprint;
import org.kamworkbench.ui.common.Texts;

/** The confirmation of "Forget this person…": who, and each thing that will change; Cancel is the default. */
final class ForgetPersonDialog {
    private ForgetPersonDialog() {
    }

    /** True when the user confirmed. */
    static boolean confirm(Window owner, Texts texts, PersonFootprint f, List<String> changes) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("forget.title"));
        dialog.setHeaderText(texts.format("forget.header", f.person().name(), f.accountName()));
        VBox list = new VBox(6);
        list.setId("forgetChanges");
        list.setPadding(new Insets(8));
        list.getChildren().add(new Label(texts.get("forget.intro")));
        for (String change : changes) {
            Label line = new Label("\u2022 " + change);
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        list.setPrefWidth(480);
        dialog.getDialogPane().setContent(list);
        ButtonType forget = new ButtonType(texts.get("forget.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(forget, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(forget).getStyleClass().add("danger");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(forget)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return dialog.showAndWait().filter(forget::equals).isPresent();
    }
}
