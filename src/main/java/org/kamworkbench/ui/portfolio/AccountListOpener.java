package org.kamworkbench.ui.portfolio;

import java.util.function.Function;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kamworkbench.ui.common.ShellActions;

/** Opens the list of accounts behind a number of the portfolio screen (a table row, a tile) in the shell. */
final class AccountListOpener {
    private final ShellActions shell;

    AccountListOpener(ShellActions shell) {
        this.shell = shell;
    }

    /** Shows the accounts; nothing when there is no list (no analysis shown) or no shell. */
    void open(AccountLists.AccountList list) {
        if (list != null && shell != null) {
            shell.showAccounts(list.title(), list.rows(), list.currency());
        }
    }

    /** Double-click or Enter on a row of {@code table} lists the accounts behind it. */
    <T> void onDoubleClickOrEnter(TableView<T> table, Function<T, AccountLists.AccountList> list) {
        table.setOnMouseClicked(e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                open(list.apply(row));
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                open(list.apply(row));
                e.consume();
            }
        });
    }
}
