package org.kamworkbench.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;

/** What the content area shows while no workspace is open: a spinner while one opens, else Open and New. */
final class OpeningPane {
    private OpeningPane() {
    }

    static VBox create(boolean opening, Texts texts, Runnable open, Runnable create) {
        VBox pane = new VBox(16);
        pane.getStyleClass().add("opening-pane");
        if (opening) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(48, 48);
            pane.getChildren().addAll(spinner, new Label(texts.get("shell.opening")));
        } else {
            pane.getStyleClass().add("no-workspace");
            Label title = new Label(texts.get("shell.noWorkspace"));
            title.getStyleClass().add("title-3");
            Button openButton = new Button(texts.get("menu.file.open"), Icons.OPEN_WORKSPACE.graphic());
            openButton.setOnAction(e -> open.run());
            Button createButton = new Button(texts.get("menu.file.new"), Icons.NEW_WORKSPACE.graphic());
            createButton.setOnAction(e -> create.run());
            HBox actions = new HBox(12, openButton, createButton);
            actions.setAlignment(Pos.CENTER);
            pane.getChildren().addAll(title, actions);
        }
        return pane;
    }
}
