package org.kamworkbench.ui.accounts;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.kamworkbench.ui.common.ExportBar;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;

/** What the user does from the accounts table: open an account (double click or Enter), export the table. */
final class AccountsTableActions {
    private AccountsTableActions() {
    }

    static void install(ScreenContext context, AccountsViewModel model, TableView<AccountsRow> table) {
        ShellActions shell = context.shell();
        table.setRowFactory(t -> {
            TableRow<AccountsRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    shell.openAccount(row.getItem().account().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AccountsRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                shell.openAccount(selected.account().id());
            }
        });
        // The export reads the figures' year chosen when the button is pressed.
        ExportBar.accounts(context, () -> model.figureYearProperty().get()).above(table);
    }
}
