package org.kamworkbench.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.account.AccountPage;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Refreshable;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;
import org.kamworkbench.ui.common.Texts;

/**
 * The sidebar and the content area: the screen chosen in the sidebar or the View menu (made once per open
 * workspace, then kept), or an account page over it; with no workspace open, what {@code noWorkspace} makes.
 */
final class ScreenNavigator {
    private final ShellViewModel model;
    private final ListView<ScreenDescriptor> screenList;
    private final StackPane content;
    private final Texts texts;
    private final Background background;
    private final ShellActions shell;
    private final Supplier<Node> noWorkspace;
    private final Map<String, Screen> screens = new HashMap<>();
    /** The account page when one is open over the selected screen, else null; and its account. */
    private Screen accountPage;
    private long accountPageId;

    ScreenNavigator(ShellViewModel model, ListView<ScreenDescriptor> screenList, StackPane content, Texts texts,
                    Background background, ShellActions shell, Supplier<Node> noWorkspace) {
        this.model = model;
        this.screenList = screenList;
        this.content = content;
        this.texts = texts;
        this.background = background;
        this.shell = shell;
        this.noWorkspace = noWorkspace;
    }

    /** Lists the screens in the sidebar and in the View menu (before {@code screensEnd}), and shows the first. */
    void init(Menu viewMenu, MenuItem screensEnd) {
        screenList.getItems().setAll(Screens.ALL);
        screenList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScreenDescriptor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.get(item.titleKey()));
                setGraphic(empty || item == null ? null : item.icon().graphic(20));
            }
        });
        int index = viewMenu.getItems().indexOf(screensEnd);
        for (int i = 0; i < Screens.ALL.size(); i++) {
            ScreenDescriptor screen = Screens.ALL.get(i);
            MenuItem item = new MenuItem(texts.get(screen.titleKey()), screen.icon().graphic());
            if (i < 9) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            } else if (screen.id().equals("settings")) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma")); // where desktop apps keep them
            }
            item.setOnAction(e -> show(screen.id()));
            item.disableProperty().bind(model.workspaceProperty().isNull());
            viewMenu.getItems().add(index + i, item);
        }
        screenList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelected());
        // clicking the selected screen again leaves an open account page
        screenList.setOnMouseClicked(e -> {
            if (accountPage != null) {
                showSelected();
            }
        });
        screenList.getSelectionModel().select(0);
    }

    /** Another workspace (or none) is open: its screens are made anew, another workspace opens on its start screen. */
    void workspaceChanged(WorkspaceServices was, WorkspaceServices now) {
        screens.clear();
        if (now != null && (was == null || !was.location().equals(now.location()))) {
            screenList.getSelectionModel().select(0);
        }
        reload();
    }

    /** Makes the screens anew for the workspace open now, showing the selected one (or that none is open). */
    void reload() {
        screens.clear();
        showSelected();
    }

    /** Shows the screen selected in the sidebar (leaving an account page), or the no-workspace pane. */
    void showSelected() {
        accountPage = null;
        ScreenDescriptor selected = selected();
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null || selected == null) {
            content.getChildren().setAll(noWorkspace.get());
            return;
        }
        Screen known = screens.get(selected.id());
        Screen screen = screens.computeIfAbsent(selected.id(), id -> selected.factory().create(context(services)));
        content.getChildren().setAll(screen.root());
        if (known != null) {
            Refreshable.refresh(known.root()); // coming back to a screen shows what others saved meanwhile
        }
    }

    /** See {@link ShellActions#show}. */
    void show(String screenId) {
        if (accountPage != null) {
            showSelected();
        }
        int hash = screenId.indexOf('#');
        String id = hash < 0 ? screenId : screenId.substring(0, hash);
        Screens.ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .ifPresent(s -> screenList.getSelectionModel().select(s));
        Screen screen = screens.get(id);
        if (hash >= 0 && screen != null) {
            screen.showSection(screenId.substring(hash + 1));
        }
    }

    /** See {@link ShellActions#openAccount}. */
    void openAccount(long accountId) {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        accountPage = AccountPage.create(context(services), accountId, this::showSelected);
        accountPageId = accountId;
        content.getChildren().setAll(accountPage.root());
    }

    /** Reloads the screen in view, or the account page over it; other screens reload on return. */
    void refreshInView() {
        if (accountPage != null) {
            accountPage.refresh();
            return;
        }
        ScreenDescriptor selected = selected();
        Screen screen = selected == null ? null : screens.get(selected.id());
        if (screen != null) {
            screen.refresh();
        }
    }

    /** Reloads every screen made so far and the account page. */
    void refreshAll() {
        screens.values().forEach(Screen::refresh);
        if (accountPage != null) {
            accountPage.refresh();
        }
    }

    ScreenDescriptor selected() {
        return screenList.getSelectionModel().getSelectedItem();
    }

    /** The account whose page is open over the selected screen, else null. */
    Long accountInView() {
        return accountPage == null ? null : accountPageId;
    }

    /** What the content area shows now: the screen, the account page or the no-workspace pane; null before any. */
    Node inView() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    private ScreenContext context(WorkspaceServices services) {
        return new ScreenContext(services, texts, background, shell, model.profile());
    }
}
