package org.kamworkbench.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.ui.common.Texts;

/** File › Open recent, kept in step with the shell's recent list (disabled while it is empty). */
final class RecentMenu {
    private RecentMenu() {
    }

    static void keep(Menu menu, ShellViewModel model, Texts texts, ModelListeners listeners) {
        ListChangeListener<WorkspaceLocation> changed = c -> fill(menu, model, texts);
        listeners.watch(model.recentWorkspaces(), changed);
        fill(menu, model, texts);
    }

    private static void fill(Menu menu, ShellViewModel model, Texts texts) {
        menu.getItems().clear();
        for (WorkspaceLocation path : model.recentWorkspaces()) {
            MenuItem item = new MenuItem(WorkspaceNames.recent(path, texts));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openRecent(path));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }
}
