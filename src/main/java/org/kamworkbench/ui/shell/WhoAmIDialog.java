package org.kamworkbench.ui.shell;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.UserProfile;

/** "Who are you?": the user's name, asked once at the first start; the system user's name is offered. */
final class WhoAmIDialog {
    private WhoAmIDialog() {
    }

    static void askOnce(Stage owner, UserIdentity user, Texts texts) {
        if (!user.unknown()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(UserProfile.systemUserName());
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("app.title"));
        dialog.setHeaderText(texts.get("whoami.header"));
        dialog.setContentText(texts.get("whoami.text"));
        // not waited for: a modal wait at start-up left both windows unpainted under Xvfb
        dialog.setOnHidden(e -> user.name(dialog.getResult()));
        dialog.show();
    }
}
