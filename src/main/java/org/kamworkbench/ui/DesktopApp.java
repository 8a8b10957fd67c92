package org.kamworkbench.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.shell.MainWindowView;
import org.kamworkbench.ui.shell.ShellViewModel;
import org.kamworkbench.ui.shell.UserPreferences;

/** Starts the JavaFX desktop application on the given workspace opener. */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static void launch(WorkspaceOpener opener) {
        Platform.startup(() -> {
            // Quit closes the workspace first, then exits: hiding the window must not end the toolkit.
            Platform.setImplicitExit(false);
            UserPreferences preferences = new UserPreferences();
            Texts texts = ShellViewModel.startingTexts(preferences, Locale.getDefault());
            FxBackground background = new FxBackground();
            ShellViewModel model = new ShellViewModel(opener, preferences, background, texts);
            background.speak(() -> model.textsProperty().get().locale());
            Stage stage = new Stage();
            MainWindowView view = MainWindowView.create(stage, model, background, texts);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1440, screen.getWidth() * 0.9));
            stage.setHeight(Math.min(900, screen.getHeight() * 0.9));
            stage.show();
            model.openDefault();
            // after the start-up call returns: a dialog waited for inside it freezes the first frame
            Platform.runLater(view::askUserNameOnce);
        });
    }
}
