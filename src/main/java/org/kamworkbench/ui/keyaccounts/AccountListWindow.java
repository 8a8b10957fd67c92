package org.kamworkbench.ui.keyaccounts;

import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.ShellActions;

/**
 * A window listing the accounts behind a number, with revenue, share and cumulative share; Export
 * writes the list as CSV (through {@link ListExports}); double-click or Enter opens the account page
 * (and closes the window); Escape closes it.
 */
public final class AccountListWindow {
    private final AccountListViewModel model;
    private final ListExports exports;
    private final ShellActions shell;
    private final Texts texts;
    private final Parent root;
    private Stage stage;

    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<AccountDrillDown.Row> table;
    @FXML private Label exportStatus;

    private AccountListWindow(AccountListViewModel model, ListExports exports, ShellActions shell, Texts texts) {
        this.model = model;
        this.exports = exports;
        this.shell = shell;
        this.texts = texts;
        this.root = Fxml.load(this, "AccountListWindow.fxml", texts);
    }

    /** Opens the window over {@code owner}. */
    public static void show(Window owner, String title, List<AccountDrillDown.Row> rows, String currency,
                            Background background, Texts texts, ShellActions shell,
                            org.kamworkbench.service.export.ExportService exportService) {
        AccountListWindow w = new AccountListWindow(new AccountListViewModel(title, rows, currency, texts),
                new ListExports(background, texts, exportService), shell, texts);
        w.stage = new Stage();
        w.stage.initOwner(owner);
        w.stage.initModality(Modality.NONE);
        w.stage.setTitle(title);
        Scene scene = new Scene(w.root, 820, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                w.stage.close();
            }
        });
        w.stage.setScene(scene);
        w.stage.show();
        w.table.requestFocus();
        if (!rows.isEmpty()) {
            w.table.getSelectionModel().select(0);
        }
    }

    @FXML
    private void initialize() {
        table.setId("accountListTable");
        titleLabel.setText(model.title());
        summaryLabel.setText(model.summary());
        table.getItems().setAll(model.rows());
        TableColumn<AccountDrillDown.Row, String> rank = column("keys.col.rank", r -> String.valueOf(r.rank()));
        rank.setPrefWidth(50);
        TableColumn<AccountDrillDown.Row, String> name = column("keys.col.account", r -> r.account().name());
        name.setPrefWidth(240);
        TableColumn<AccountDrillDown.Row, String> id = column("keys.col.id", r -> r.account().externalId());
        TableColumn<AccountDrillDown.Row, String> revenue = column("keys.col.revenue", model::revenue);
        revenue.setPrefWidth(150);
        TableColumn<AccountDrillDown.Row, String> share = column("accountList.share", r -> model.percent(r.share()));
        TableColumn<AccountDrillDown.Row, String> cumulative = column("accountList.cumulative",
                r -> model.percent(r.cumulativeShare()));
        cumulative.setPrefWidth(130);
        TableColumn<AccountDrillDown.Row, String> abc = column("keys.col.abc", AccountDrillDown.Row::abcClass);
        for (var c : List.of(rank, revenue, share, cumulative)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        table.getColumns().setAll(List.of(rank, name, id, revenue, share, cumulative, abc));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        exportStatus.textProperty().bind(exports.statusProperty());
    }

    private TableColumn<AccountDrillDown.Row, String> column(String key,
                                                            java.util.function.Function<AccountDrillDown.Row, String> v) {
        TableColumn<AccountDrillDown.Row, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(v.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void open() {
        AccountDrillDown.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            shell.openAccount(row.account().id());
            stage.close();
        }
    }

    @FXML
    private void export() {
        File file = MatrixPane.chooseFile(root, texts, "accounts.xlsx");
        if (file != null) {
            exports.write(file.toPath(), model.exportTable());
        }
    }

    @FXML
    private void close() {
        stage.close();
    }
}
