package org.kamworkbench.ui.shell;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.Readability;
import org.kamworkbench.ui.common.ShellActions;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Themes;
import org.kamworkbench.ui.imports.ImportWizard;
import org.kamworkbench.ui.keyaccounts.AccountListWindow;

/**
 * The main window's controller: binds the menus, the status bar and the display modes to the shell's view
 * model and forwards the menus' commands; the sidebar and content area are {@link ScreenNavigator}'s, the
 * workspace dialogs {@link WorkspaceDialogs}'.
 */
public final class MainWindowView implements ShellActions {
    private final Stage stage;
    private final ShellViewModel model;
    private final FxBackground background;
    private final Texts texts;
    private final ModelListeners listeners = new ModelListeners();
    private final WorkspaceDialogs dialogs;
    private ScreenNavigator navigator;

    @FXML private BorderPane root;
    @FXML private Menu recentMenu;
    @FXML private Menu viewMenu;
    @FXML private SeparatorMenuItem screensEnd;
    @FXML private MenuItem newItem;
    @FXML private MenuItem openItem;
    @FXML private MenuItem connectItem;
    @FXML private MenuItem refreshItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem undoImportItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem exportArchiveItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem exportCrmItem;
    @FXML private MenuItem passwordItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem aboutItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private Menu languageMenu;
    @FXML private CheckMenuItem presentationItem;
    @FXML private CheckMenuItem sidebarItem;
    @FXML private VBox sidebar;
    @FXML private ListView<ScreenDescriptor> screenList;
    @FXML private StackPane content;
    @FXML private Label workspaceLabel;
    @FXML private Label accountsLabel;
    @FXML private Label revenueLabel;
    @FXML private Label busyLabel;
    @FXML private Separator statusSeparator1;
    @FXML private Separator statusSeparator2;
    @FXML private ProgressBar busyBar;

    private MainWindowView(Stage stage, ShellViewModel model, FxBackground background, Texts texts) {
        this.stage = stage;
        this.model = model;
        this.background = background;
        this.texts = texts;
        this.dialogs = new WorkspaceDialogs(stage, model, texts, this::quit);
    }

    /** Builds the main window into {@code stage} (not yet shown). */
    public static MainWindowView create(Stage stage, ShellViewModel model, FxBackground background, Texts texts) {
        MainWindowView view = new MainWindowView(stage, model, background, texts);
        BorderPane root = Fxml.load(view, "MainWindow.fxml", texts);
        Scene scene = new Scene(root);
        Themes.addAppStylesheet(scene);
        Readability.keepReadable(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.statusBar().titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.quit();
        });
        return view;
    }

    @FXML
    private void initialize() {
        newItem.setGraphic(Icons.NEW_WORKSPACE.graphic());
        openItem.setGraphic(Icons.OPEN_WORKSPACE.graphic());
        recentMenu.setGraphic(Icons.RECENT.graphic());
        importItem.setGraphic(Icons.IMPORT.graphic());
        quitItem.setGraphic(Icons.QUIT.graphic());
        aboutItem.setGraphic(Icons.ABOUT.graphic());
        presentationItem.setGraphic(Icons.PRESENTATION.graphic());
        exportItem.setGraphic(Icons.EXPORT.graphic());
        for (MenuItem item : List.of(importItem, undoImportItem, restoreItem, exportArchiveItem, exportItem,
                exportCrmItem, passwordItem, refreshItem)) {
            item.disableProperty().bind(model.workspaceProperty().isNull());
        }
        navigator = new ScreenNavigator(model, screenList, content, texts, background, this,
                () -> OpeningPane.create(model.openingProperty().get(), texts, dialogs::openWorkspace,
                        dialogs::newWorkspace));
        navigator.init(viewMenu, screensEnd);
        initDisplayModes();
        initLanguages();
        StatusBar.bind(new StatusBar.Controls(workspaceLabel, statusSeparator1, accountsLabel, statusSeparator2,
                revenueLabel, busyLabel, busyBar), model.statusBar(), background, listeners);
        RecentMenu.keep(recentMenu, model, texts, listeners);
        listeners.watch(model.workspaceProperty(), (o, was, now) -> navigator.workspaceChanged(was, now));
        listeners.watch(model.openingProperty(), (o, was, now) -> navigator.showSelected());
        listeners.watch(model.textsProperty(), (o, was, now) -> rebuild(now));
        model.setOnOpenFailure(dialogs::openFailed);
        model.setOnPasswordNeeded(dialogs::askPassword);
        navigator.reload();
    }

    /** Builds the window anew in the language of {@code newTexts}, on the same screen and account page. */
    private void rebuild(Texts newTexts) {
        listeners.detachAll();
        ScreenDescriptor selected = navigator.selected();
        Long account = navigator.accountInView();
        MainWindowView view = create(stage, model, background, newTexts);
        if (selected != null) {
            view.screenList.getSelectionModel().select(selected);
        }
        if (account != null) {
            view.openAccount(account);
        }
    }

    private void initLanguages() {
        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setToggleGroup(languages);
            item.setSelected(language == model.language());
            item.setOnAction(e -> model.profile().languageProperty().set(language));
            languageMenu.getItems().add(item);
        }
    }

    /** Asks the user's name once, at the first start; the system user's name is offered. */
    public void askUserNameOnce() {
        WhoAmIDialog.askOnce(stage, model.user(), texts);
    }

    private void initDisplayModes() {
        DisplayModes modes = model.displayModes();
        darkItem.setGraphic(Icons.THEME.graphic());
        listeners.bind(darkItem.selectedProperty(), modes.darkThemeProperty());
        listeners.watch(modes.darkThemeProperty(), (o, was, dark) -> Themes.apply(dark));
        Themes.apply(modes.darkThemeProperty().get());
        listeners.bind(presentationItem.selectedProperty(), modes.presentationModeProperty());
        listeners.watch(modes.presentationModeProperty(), (o, was, on) -> presentation(on));
        presentation(modes.presentationModeProperty().get());
        listeners.bind(sidebarItem.selectedProperty(), modes.sidebarShownProperty());
        sidebar.visibleProperty().bind(modes.sidebarShownProperty());
        sidebar.managedProperty().bind(modes.sidebarShownProperty());
    }

    /** Presentation mode: larger type, no sidebar (F9 brings it back), full screen. */
    private void presentation(boolean on) {
        root.getStyleClass().remove(Themes.PRESENTATION);
        if (on) {
            root.getStyleClass().add(Themes.PRESENTATION);
        }
        stage.setFullScreenExitHint(on ? texts.get("presentation.exitHint") : null);
        stage.setFullScreen(on);
    }

    @Override
    public void openAccount(long accountId) {
        navigator.openAccount(accountId);
    }

    @Override
    public void showAccounts(String title, List<AccountDrillDown.Row> rows, String currency) {
        AccountListWindow.show(stage, title, rows, currency, background, texts, this,
                model.workspaceProperty().get().exports());
    }

    @Override
    public void show(String screenId) {
        navigator.show(screenId);
    }

    /**
     * View › Refresh (F5): reloads the status bar and the screen in view (or the account page over it) from
     * the workspace, showing what a colleague changed in a team workspace; other screens reload on return.
     */
    @FXML
    private void refreshInView() {
        model.refreshStatus();
        navigator.refreshInView();
    }

    @Override
    public void dataChanged() {
        model.refreshStatus();
        navigator.refreshAll();
    }

    @Override
    @FXML
    public void importFile() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        new ImportWizard(services.imports(), background, services.files(), texts.bundle()).showAndWait(stage, ImportKind.ACCOUNTS)
                .ifPresent(report -> dataChanged());
    }

    /** File › Export…: the Export button of the table in view on the current screen (or account page). */
    @FXML
    private void exportTable() {
        exportMenu().exportTable(navigator.inView());
    }

    @FXML
    private void exportForCrm() {
        exportMenu().exportForCrm();
    }

    @FXML
    private void portfolioReport() {
        exportMenu().portfolioReport();
    }

    private ExportMenu exportMenu() {
        return new ExportMenu(stage, model, background, texts);
    }

    @FXML
    private void restoreBackup() {
        new BackupMenu(stage, model, texts).restore();
    }

    @FXML
    private void undoLastImport() {
        new BackupMenu(stage, model, texts).undoLastImport();
    }

    @FXML
    private void exportArchive() {
        archiveMenu().export();
    }

    @FXML
    private void importArchive() {
        archiveMenu().importArchive();
    }

    private ArchiveMenu archiveMenu() {
        return new ArchiveMenu(stage, model, model.archives(), texts);
    }

    @FXML
    private void newWorkspace() {
        dialogs.newWorkspace();
    }

    @FXML
    private void openWorkspace() {
        dialogs.openWorkspace();
    }

    @FXML
    private void connectToTeamWorkspace() {
        dialogs.connectToTeamWorkspace();
    }

    @FXML
    private void changePassword() {
        dialogs.changePassword();
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(texts.get("menu.help.about"));
        alert.setHeaderText(texts.get("app.title"));
        alert.setContentText(texts.get("about.text"));
        alert.showAndWait();
    }

    @FXML
    private void quit() {
        stage.hide();
        model.shutdown(() -> {
            background.close();
            Platform.exit();
        });
    }
}
