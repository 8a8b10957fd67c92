package org.kamworkbench.ui.common;

/** What a screen may ask of the shell. */
public interface ShellActions {
    /** Opens the import wizard over the main window; refreshes everything after an import. */
    void importFile();

    /** The screen changed the workspace's data: refresh the status bar and the other screens. */
    void dataChanged();

    /** Shows the screen with this id; {@code "settings#fx"} also opens that section of the screen. */
    void show(String screenId);

    /** Opens the account page of this account (workspace id) in the main area, with a way back. */
    void openAccount(long accountId);

    /**
     * Opens a window listing accounts behind a number (an ABC class, a tile, a breakdown row) with
     * revenue, share and cumulative share, exportable, each row opening its account page.
     *
     * @param currency the reporting currency of the revenue column
     */
    default void showAccounts(String title, java.util.List<org.kamworkbench.service.portfolio.AccountDrillDown.Row> rows,
                              String currency) {
    }
}
