package org.kamworkbench.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Icons;

/** Binds the status bar's controls to what {@link StatusBarViewModel} says and to the background work running. */
final class StatusBar {
    /** The controls of the status bar, left to right. */
    record Controls(Label workspace, Separator beforeAccounts, Label accounts, Separator beforeRevenue, Label revenue,
                    Label busy, ProgressBar busyBar) {
    }

    private StatusBar() {
    }

    static void bind(Controls bar, StatusBarViewModel status, FxBackground background, ModelListeners listeners) {
        bar.workspace().setGraphic(Icons.WORKSPACE.graphic());
        bar.workspace().visibleProperty().bind(status.workspaceNameProperty().isNotEmpty());
        bar.beforeAccounts().visibleProperty().bind(status.accountsTextProperty().isNotEmpty());
        bar.beforeRevenue().visibleProperty().bind(status.revenueTextProperty().isNotEmpty());
        bar.workspace().textProperty().bind(status.workspaceNameProperty());
        bar.accounts().textProperty().bind(status.accountsTextProperty());
        bar.revenue().textProperty().bind(status.revenueTextProperty());
        Node warningIcon = Icons.WARNING.graphic();
        java.util.function.Consumer<Boolean> showWarning = warn -> {
            bar.revenue().setGraphic(warn ? warningIcon : null);
            bar.revenue().getStyleClass().remove("warning");
            if (warn) {
                bar.revenue().getStyleClass().add("warning");
            }
        };
        // as it is now (a window rebuilt for another language binds anew), then as it changes
        showWarning.accept(status.revenueWarningProperty().get());
        listeners.watch(status.revenueWarningProperty(), (o, was, warn) -> showWarning.accept(warn));
        bar.busy().textProperty().bind(background.messageProperty());
        bar.busyBar().progressProperty().bind(background.progressProperty());
        bar.busyBar().visibleProperty().bind(background.busyProperty());
        bar.busy().visibleProperty().bind(background.busyProperty());
    }
}
