package org.kamworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Texts;

/**
 * The dialogs that choose, create, connect to and unlock a workspace, change its password, and ask what to
 * do when one does not open; the work is {@link ShellViewModel}'s.
 */
final class WorkspaceDialogs {
    private final Stage stage;
    private final ShellViewModel model;
    private final Texts texts;
    private final Runnable quit;

    /** Dialogs over {@code stage}; {@code quit} ends the app when the user would rather not open another. */
    WorkspaceDialogs(Stage stage, ShellViewModel model, Texts texts, Runnable quit) {
        this.stage = stage;
        this.model = model;
        this.texts = texts;
        this.quit = quit;
    }

    /** File › New workspace…: a name, then an optional password. */
    void newWorkspace() {
        FileChooser chooser = workspaceChooser("dialog.new.title");
        Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath).map(WorkspaceNames::file)
                .ifPresent(path -> new PasswordDialog(texts).chooseForNew(stage, path.getFileName().toString())
                        .ifPresent(choice -> model.createWorkspace(path, choice.password())));
    }

    /** File › Open workspace…. */
    void openWorkspace() {
        chooseAndOpen();
    }

    /** File › Change workspace password…: change, add or remove it; the workspace is re-opened after. */
    void changePassword() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        BackupsAndPassword backups = model.backupsAndPassword();
        new PasswordDialog(texts).chooseChange(stage, services.name(), backups.encrypted()).ifPresent(choice ->
                backups.changePassword(choice.current(), choice.next(),
                        done -> Alerts.inform(stage, texts.get("password.change.title"), done),
                        problem -> openFailed(new ShellViewModel.OpenFailure(services.location(), problem, false))));
    }

    /** File › Connect to team workspace…: a PostgreSQL database on a server. */
    void connectToTeamWorkspace() {
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
    void askPassword(ShellViewModel.PasswordRequest request) {
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

    /** A workspace did not open: open another, or leave (quit, when none is open). */
    void openFailed(ShellViewModel.OpenFailure failure) {
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
            quit.run();
        }
    }

    private boolean chooseAndOpen() {
        File file = workspaceChooser("dialog.open.title").showOpenDialog(stage);
        if (file != null) {
            model.open(file.toPath());
        }
        return file != null;
    }

    /** A chooser of workspace files, in the folder of the open workspace. */
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
}
