package org.kamworkbench.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.ui.common.Texts;

/** The dialogs of File › Restore a backup… and Undo last import…; the work is {@link BackupsAndPassword}'s. */
final class BackupMenu {
    private final Stage stage;
    private final ShellViewModel model;
    private final Texts texts;

    BackupMenu(Stage stage, ShellViewModel model, Texts texts) {
        this.stage = stage;
        this.model = model;
        this.texts = texts;
    }

    void restore() {
        if (onATeamWorkspace("restore.title")) {
            return;
        }
        model.backupsAndPassword().listBackups(backups -> {
            if (backups.isEmpty()) {
                Alerts.show(stage, Alert.AlertType.INFORMATION, texts.get("restore.title"), texts.get("restore.none"));
                return;
            }
            new RestoreDialog(texts).showAndWait(stage, backups).ifPresent(model.backupsAndPassword()::restore);
        });
    }

    /** "Undo last import" is a restore of the backup taken before it, after a confirmation. */
    void undoLastImport() {
        if (onATeamWorkspace("undoImport.title")) {
            return;
        }
        model.backupsAndPassword().listBackups(backups -> backups.stream()
                .filter(b -> BackupInfo.BEFORE_IMPORT.equals(b.reason())).findFirst()
                .ifPresentOrElse(before -> {
                    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
                    confirm.initOwner(stage);
                    confirm.setTitle(texts.get("undoImport.title"));
                    confirm.setHeaderText(texts.get("undoImport.title"));
                    confirm.setContentText(texts.format("undoImport.confirm", RestoreDialog.describe(texts, before)));
                    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.backupsAndPassword().restore(before.fileName()));
                }, () -> Alerts.show(stage, Alert.AlertType.INFORMATION, texts.get("undoImport.title"),
                        texts.get("undoImport.none"))));
    }

    /** A team workspace has no backups here: says that the server's administrator keeps them. */
    private boolean onATeamWorkspace(String titleKey) {
        if (model.teamWorkspace().isEmpty()) {
            return false;
        }
        Alerts.show(stage, Alert.AlertType.INFORMATION, texts.get(titleKey), texts.get("team.noBackups"));
        return true;
    }
}
