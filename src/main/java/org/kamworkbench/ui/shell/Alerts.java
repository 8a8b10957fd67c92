package org.kamworkbench.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The shell's one-sentence messages: a titled alert over the main window. */
final class Alerts {
    private Alerts() {
    }

    static void show(Window owner, Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(text);
        alert.showAndWait();
    }

    /** An information: something done, or nothing to do. */
    static void inform(Window owner, String title, String text) {
        show(owner, Alert.AlertType.INFORMATION, title, text);
    }
}
