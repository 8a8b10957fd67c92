package org.kamworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.account.AccountPage;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.Readability;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Themes;
import org.kamworkbench.ui.imports.ImportWizard;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.ui.common.Refreshable;

/** The main window's controller: menus, sidebar, the current screen and the status bar. */
public final class MainWindowView implements ShellActions {
    private final Stage stage;
    private final ShellViewModel model;
    private final FxBackground background;
    private final Texts texts;
    private final Map<String, Screen> screens = new HashMap<>();
    /** The account page when one is open over the selected screen, else null; and its account. */
    private Screen accountPage;
    private long accountPageId;
    /** Undoes what this view registered on the long-lived view model (the view is rebuilt on a language switch). */
    private final List<Runnable> detachers = new ArrayList<>();

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
        importItem.disableProperty().bind(model.workspaceProperty().isNull());
        undoImportItem.disableProperty().bind(model.workspaceProperty().isNull());
        restoreItem.disableProperty().bind(model.workspaceProperty().isNull());
        exportArchiveItem.disableProperty().bind(model.workspaceProperty().isNull());
        exportItem.setGraphic(org.kamworkbench.ui.common.Icons.EXPORT.graphic());
        exportItem.disableProperty().bind(model.workspaceProperty().isNull());
        exportCrmItem.disableProperty().bind(model.workspaceProperty().isNull());
        passwordItem.disableProperty().bind(model.workspaceProperty().isNull());
        refreshItem.disableProperty().bind(model.workspaceProperty().isNull());
        initScreens();
        initTheme();
        initLanguages();
        initStatusBar();
        ListChangeListener<WorkspaceLocation> recentChanged = c -> rebuildRecentMenu();
        model.recentWorkspaces().addListener(recentChanged);
        detachers.add(() -> model.recentWorkspaces().removeListener(recentChanged));
        rebuildRecentMenu();
        watch(model.workspaceProperty(), (o, was, now) -> {
            screens.clear();
            if (now != null && (was == null || !was.location().equals(now.location()))) {
                screenList.getSelectionModel().select(0); // another workspace opens on its start screen
            }
            workspaceChanged();
        });
        watch(model.openingProperty(), (o, was, now) -> showSelected());
        watch(model.textsProperty(), (o, was, now) -> rebuild(now));
        model.setOnOpenFailure(this::openFailed);
        model.setOnPasswordNeeded(this::askPassword);
        workspaceChanged();
    }

    private <T> void watch(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        detachers.add(() -> value.removeListener(listener));
    }

    /** Builds the window anew in the language of {@code newTexts}, on the same screen and account page. */
    private void rebuild(Texts newTexts) {
        detachers.forEach(Runnable::run);
        detachers.clear();
        ScreenDescriptor selected = screenList.getSelectionModel().getSelectedItem();
        Long account = accountPage == null ? null : accountPageId;
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
        if (!model.user().unknown()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(org.kamworkbench.ui.common.UserProfile.systemUserName());
        dialog.initOwner(stage);
        dialog.setTitle(texts.get("app.title"));
        dialog.setHeaderText(texts.get("whoami.header"));
        dialog.setContentText(texts.get("whoami.text"));
        // not waited for: a modal wait at start-up left both windows unpainted under Xvfb
        dialog.setOnHidden(e -> model.user().name(dialog.getResult()));
        dialog.show();
    }

    private void initScreens() {
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

    private void initTheme() {
        darkItem.setGraphic(Icons.THEME.graphic());
        darkItem.selectedProperty().bindBidirectional(model.displayModes().darkThemeProperty());
        detachers.add(() -> darkItem.selectedProperty().unbindBidirectional(model.displayModes().darkThemeProperty()));
        watch(model.displayModes().darkThemeProperty(), (o, was, dark) -> Themes.apply(dark));
        Themes.apply(model.displayModes().darkThemeProperty().get());
        presentationItem.selectedProperty().bindBidirectional(model.displayModes().presentationModeProperty());
        detachers.add(() -> presentationItem.selectedProperty().unbindBidirectional(model.displayModes().presentationModeProperty()));
        watch(model.displayModes().presentationModeProperty(), (o, was, on) -> presentation(on));
        presentation(model.displayModes().presentationModeProperty().get());
        sidebarItem.selectedProperty().bindBidirectional(model.displayModes().sidebarShownProperty());
        detachers.add(() -> sidebarItem.selectedProperty().unbindBidirectional(model.displayModes().sidebarShownProperty()));
        sidebar.visibleProperty().bind(model.displayModes().sidebarShownProperty());
        sidebar.managedProperty().bind(model.displayModes().sidebarShownProperty());
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

    private void initStatusBar() {
        workspaceLabel.setGraphic(Icons.WORKSPACE.graphic());
        workspaceLabel.visibleProperty().bind(model.statusBar().workspaceNameProperty().isNotEmpty());
        statusSeparator1.visibleProperty().bind(model.statusBar().accountsTextProperty().isNotEmpty());
        statusSeparator2.visibleProperty().bind(model.statusBar().revenueTextProperty().isNotEmpty());
        workspaceLabel.textProperty().bind(model.statusBar().workspaceNameProperty());
        accountsLabel.textProperty().bind(model.statusBar().accountsTextProperty());
        revenueLabel.textProperty().bind(model.statusBar().revenueTextProperty());
        Node warningIcon = Icons.WARNING.graphic();
        model.statusBar().revenueWarningProperty().addListener((o, was, warn) -> {
            revenueLabel.setGraphic(warn ? warningIcon : null);
            if (warn) {
                revenueLabel.getStyleClass().add("warning");
            } else {
                revenueLabel.getStyleClass().remove("warning");
            }
        });
        busyLabel.textProperty().bind(background.messageProperty());
        busyBar.progressProperty().bind(background.progressProperty());
        busyBar.visibleProperty().bind(background.busyProperty());
        busyLabel.visibleProperty().bind(background.busyProperty());
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (WorkspaceLocation path : model.recentWorkspaces()) {
            MenuItem item = new MenuItem(WorkspaceNames.recent(path, texts));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openRecent(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void workspaceChanged() {
        screens.clear();
        showSelected();
    }

    @Override
    public void openAccount(long accountId) {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        accountPage = AccountPage.create(context(services), accountId, this::showSelected);
        accountPageId = accountId;
        content.getChildren().setAll(accountPage.root());
    }

    @Override
    public void showAccounts(String title, java.util.List<org.kamworkbench.service.portfolio.AccountDrillDown.Row> rows,
                             String currency) {
        org.kamworkbench.ui.keyaccounts.AccountListWindow.show(stage, title, rows, currency, background, texts, this,
                model.workspaceProperty().get().exports());
    }

    private void showSelected() {
        accountPage = null;
        ScreenDescriptor selected = screenList.getSelectionModel().getSelectedItem();
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null || selected == null) {
            content.getChildren().setAll(openingPane());
            return;
        }
        Screen known = screens.get(selected.id());
        Screen screen = screens.computeIfAbsent(selected.id(), id ->
                selected.factory().create(context(services)));
        content.getChildren().setAll(screen.root());
        if (known != null) {
            Refreshable.refresh(known.root()); // coming back to a screen shows what others saved meanwhile
        }
    }

    private ScreenContext context(WorkspaceServices services) {
        return new ScreenContext(services, texts, background, this, model.profile());
    }

    private VBox openingPane() {
        VBox pane = new VBox(16);
        pane.getStyleClass().add("opening-pane");
        if (model.openingProperty().get()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(48, 48);
            pane.getChildren().addAll(spinner, new Label(texts.get("shell.opening")));
        } else {
            pane.getStyleClass().add("no-workspace");
            Label title = new Label(texts.get("shell.noWorkspace"));
            title.getStyleClass().add("title-3");
            Button open = new Button(texts.get("menu.file.open"),
                    Icons.OPEN_WORKSPACE.graphic());
            open.setOnAction(e -> openWorkspace());
            Button create = new Button(texts.get("menu.file.new"),
                    Icons.NEW_WORKSPACE.graphic());
            create.setOnAction(e -> newWorkspace());
            HBox actions = new HBox(12, open, create);
            actions.setAlignment(Pos.CENTER);
            pane.getChildren().addAll(title, actions);
        }
        return pane;
    }

    @Override
    public void show(String screenId) {
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

    /**
     * View › Refresh (F5): reloads the status bar and the screen in view (or the account page over it) from
     * the workspace, showing what a colleague changed in a team workspace; other screens reload on return.
     */
    @FXML
    private void refreshInView() {
        model.refreshStatus();
        if (accountPage != null) {
            accountPage.refresh();
            return;
        }
        ScreenDescriptor selected = screenList.getSelectionModel().getSelectedItem();
        Screen screen = selected == null ? null : screens.get(selected.id());
        if (screen != null) {
            screen.refresh();
        }
    }

    @Override
    public void dataChanged() {
        model.refreshStatus();
        screens.values().forEach(Screen::refresh);
        if (accountPage != null) {
            accountPage.refresh();
        }
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
        if (content.getChildren().isEmpty()
                || !org.kamworkbench.ui.common.ExportBar.pressVisible(content.getChildren().get(0))) {
            inform(texts.get("export.title"), texts.get("export.none"));
        }
    }

    @FXML
    private void exportForCrm() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services != null) {
            CrmExportDialog.show(stage, texts, background, services.exports(), this::inform);
        }
    }

    /** File › Report › Portfolio review…: the pack of the open workspace (reports helper). */
    @FXML
    private void portfolioReport() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services != null) {
            org.kamworkbench.ui.reports.ReportDialogViewModel report = org.kamworkbench.ui.reports.ReportDialogViewModel
                    .portfolio(services, background, texts, org.kamworkbench.ui.common.FileOpener.SYSTEM);
            report.loadYears();
            new org.kamworkbench.ui.reports.ReportDialog(report, texts).show(stage);
        }
    }

    @FXML
    private void restoreBackup() {
        new BackupMenu(stage, model, texts).restore();
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
    private void undoLastImport() {
        new BackupMenu(stage, model, texts).undoLastImport();
    }

    private void inform(String title, String text) {
        Alerts.show(stage, Alert.AlertType.INFORMATION, title, text);
    }

    @FXML
    private void newWorkspace() {
        FileChooser chooser = workspaceChooser("dialog.new.title");
        Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath).map(WorkspaceNames::file)
                .ifPresent(path -> new PasswordDialog(texts).chooseForNew(stage, path.getFileName().toString())
                        .ifPresent(choice -> model.createWorkspace(path, choice.password())));
    }

    /** File › Change workspace password…: change, add or remove it; the workspace is re-opened after. */
    @FXML
    private void changePassword() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        new PasswordDialog(texts).chooseChange(stage, services.name(), model.backupsAndPassword().encrypted()).ifPresent(choice ->
                model.backupsAndPassword().changePassword(choice.current(), choice.next(),
                        done -> inform(texts.get("password.change.title"), done),
                        problem -> openFailed(new ShellViewModel.OpenFailure(services.location(), problem, false))));
    }

    /** File › Connect to team workspace…: a PostgreSQL database on a server. */
    @FXML
    private void connectToTeamWorkspace() {
        showConnectDialog(null, null);
    }

    /** The connect dialog, filled with {@code address} and {@code problem} when reopening a known one. */
    private void showConnectDialog(ServerAddress address, String problem) {
        ConnectDialogViewModel connect = new ConnectDialogViewModel(model::connect, texts);
        if (address != null) {
            connect.prefill(address, problem);
        }
        new ConnectDialog(connect, texts).show(stage);
    }

    /** An encrypted workspace: ask for its password (again after a wrong one); cancel opens nothing. */
    private void askPassword(ShellViewModel.PasswordRequest request) {
        Optional<ServerAddress> server = request.path().server();
        if (server.isPresent()) { // a team workspace of the recent list: its connection, waiting for the password
            showConnectDialog(server.get(), request.wrong() ? request.message() : null);
            return;
        }
        Optional<char[]> password = new PasswordDialog(texts).ask(stage, request.path().file().orElseThrow().getFileName().toString(),
                request.wrong() ? request.message() : null);
        if (password.isPresent()) {
            model.open(request.path(), password.get());
        } else if (model.workspaceProperty().get() == null) {
            openFailed(new ShellViewModel.OpenFailure(request.path(), request.message(), false));
        }
    }

    @FXML
    private void openWorkspace() {
        chooseAndOpen();
    }

    private boolean chooseAndOpen() {
        File file = workspaceChooser("dialog.open.title").showOpenDialog(stage);
        if (file != null) {
            model.open(file.toPath());
        }
        return file != null;
    }

    private FileChooser workspaceChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("dialog.workspaceFiles"),
                "*" + WorkspaceNames.SUFFIX));
        WorkspaceServices current = model.workspaceProperty().get();
        Path currentFile = current == null ? null : current.location().file().orElse(null);
        if (currentFile != null && currentFile.toAbsolutePath().getParent() != null) {
            File folder = currentFile.toAbsolutePath().getParent().toFile();
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }
        return chooser;
    }

    private void openFailed(ShellViewModel.OpenFailure failure) {
        boolean nothingOpen = model.workspaceProperty().get() == null;
        Alert alert = new Alert(failure.inUse() ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(texts.get("app.title"));
        alert.setHeaderText(texts.get(failure.inUse() ? "open.inUse.header" : "open.failed.header"));
        alert.setContentText(failure.inUse() ? texts.format("open.inUse.text", failure.path()) : failure.message());
        ButtonType another = new ButtonType(texts.get("open.another"), ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType(texts.get(nothingOpen ? "open.quit" : "open.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(another, leave);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == another) {
            if (!chooseAndOpen() && nothingOpen) {
                openFailed(failure);
            }
        } else if (nothingOpen) {
            quit();
        }
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
