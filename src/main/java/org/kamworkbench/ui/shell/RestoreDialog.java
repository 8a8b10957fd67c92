package org.kamworkbench.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;

/** File › Restore…: the backups with their date and what changed since; returns the chosen file name. */
final class RestoreDialog {
    private final Texts texts;

    @FXML
    private ListView<BackupInfo> backups;

    RestoreDialog(Texts texts) {
        this.texts = texts;
    }

    Optional<String> showAndWait(Window owner, List<BackupInfo> choices) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("restore.title"));
        dialog.getDialogPane().setContent(Fxml.load(this, "RestoreDialog.fxml", texts));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        backups.getItems().setAll(choices);
        backups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(texts, item));
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(backups.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? backups.getSelectionModel().getSelectedItem().fileName() : null);
        return dialog.showAndWait();
    }

    /** "4 Dec 2026, 13:00 — before an import: now +500 accounts, +20000 revenue records, 0 plans compared with it". */
    static String describe(Texts texts, BackupInfo b) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault()).format(b.taken());
        WorkspaceContents d = b.currentMinusBackup();
        return texts.format("restore.row", when, texts.get("restore.reason." + b.reason()),
                signed(d.accounts()), signed(d.revenueRecords()), signed(d.plans()));
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
