package org.kamworkbench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.WorkspaceOpener;

/** Starts the JavaFX desktop application on the given workspace opener. */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static void launch(WorkspaceOpener opener) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("KAM Workbench")));
            stage.show();
        });
    }
}
