package org.kamworkbench.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.service.team.TeamMatrix;
import org.kamworkbench.service.team.Workload;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;
import org.kamworkbench.ui.common.WrappedCell;

/**
 * The Team matrix screen's controller: a row per person, a column per designated key account, the
 * role in the cell; overloaded people flagged; key accounts without a lead or team, and accounts led
 * but not designated key, listed apart (double click opens the account).
 */
public final class TeamMatrixView implements Screen {
    private final TeamMatrixViewModel model;
    private final Texts texts;
    private final ShellActions shell;
    private final Node loadedRoot;

    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<Colleague> matrixTable;
    @FXML private ListView<Account> withoutTeamList;
    @FXML private ListView<Account> ledNotKeyList;
    @FXML private ListView<Colleague> overloadedList;

    private TeamMatrixView(TeamMatrixViewModel model, Texts texts, ShellActions shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.loadedRoot = Fxml.load(this, "TeamMatrixView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        TeamMatrixViewModel model = new TeamMatrixViewModel(context.services().account360().teams(),
                context.background(), context.texts());
        TeamMatrixView view = new TeamMatrixView(model, context.texts(), context.shell());
        org.kamworkbench.ui.common.ExportBar.ofView(context.texts(), context.background(), context.services().exports(),
                context.texts().get("export.file.teamMatrix"), view.matrixTable).above(view.matrixTable);
        model.load();
        return view;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        matrixTable.setPlaceholder(Placeholders.wrapped(texts.get("matrix.empty")));
        model.matrixProperty().addListener((o, was, m) -> show(m));
        withoutTeamList.setPlaceholder(Placeholders.wrapped(texts.get("matrix.allTeamed")));
        accountList(withoutTeamList, Icons.WARNING, a -> texts.get(matrix().leads().containsKey(a.id()) ? "matrix.leadAlone"
                : "matrix.noLead"));
        ledNotKeyList.setPlaceholder(Placeholders.wrapped(texts.get("matrix.noLedNotKey")));
        accountList(ledNotKeyList, Icons.LEAD, a -> {
            Colleague lead = matrix().lead(a.id());
            return texts.format("matrix.ledBy", lead == null ? "" : lead.name());
        });
        overloadedList.setPlaceholder(Placeholders.wrapped(texts.get("matrix.noOverload")));
        overloadedList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Colleague c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + " — " + load(model.matrixProperty().get(), c));
                setGraphic(empty || c == null ? null : Icons.WARNING.graphic());
            }
        });
    }

    /** Each account with why it is listed; a double click opens it. */
    private void accountList(ListView<Account> list, Icons icon, Function<Account, String> why) {
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.name() + " \u2014 " + why.apply(a));
                setGraphic(empty || a == null ? null : icon.graphic());
            }
        });
        list.setOnMouseClicked(e -> {
            Account a = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && a != null) {
                shell.openAccount(a.id());
            }
        });
    }

    private TeamMatrix matrix() {
        return model.matrixProperty().get();
    }

    private void show(TeamMatrix m) {
        List<TableColumn<Colleague, ?>> columns = new ArrayList<>();
        TableColumn<Colleague, String> person = new TableColumn<>(texts.get("matrix.person"));
        person.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        person.setPrefWidth(200);
        columns.add(person);
        TableColumn<Colleague, String> load = new TableColumn<>(texts.get("matrix.load"));
        load.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(load(m, c.getValue())));
        load.setCellFactory(c -> new WrappedCell<>() {
            private boolean over;

            @Override
            protected void updateItem(String text, boolean empty) {
                Colleague row = empty || getTableRow() == null ? null : getTableRow().getItem();
                over = row != null && m.overloaded().contains(row);
                getStyleClass().remove("overloaded");
                if (over) {
                    getStyleClass().add("overloaded");
                }
                super.updateItem(text, empty);
            }

            @Override
            protected Node graphic(javafx.scene.text.Text wrapped) {
                return over ? new javafx.scene.layout.HBox(4, Icons.WARNING.graphic(), wrapped) : wrapped;
            }
        });
        load.setPrefWidth(230); // "0 (0 key), no capacity set" wraps onto a second line in presentation type
        columns.add(load);
        for (Account a : m.keyAccounts()) {
            TableColumn<Colleague, String> col = new TableColumn<>(a.name());
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(cell(m, c.getValue(), a)));
            col.setCellFactory(c -> new WrappedCell<>());
            col.setPrefWidth(190);
            columns.add(col);
        }
        matrixTable.getColumns().setAll(columns);
        matrixTable.getItems().setAll(m.people());
        withoutTeamList.getItems().setAll(m.withoutTeam());
        ledNotKeyList.getItems().setAll(m.ledNotKey());
        overloadedList.getItems().setAll(m.overloaded());
    }

    private static String cell(TeamMatrix m, Colleague c, Account a) {
        String role = m.role(c.id(), a.id());
        return role == null ? "" : role;
    }

    private String load(TeamMatrix m, Colleague c) {
        Workload w = m == null ? null : m.workloads().get(c.id());
        if (w == null) {
            return "";
        }
        return w.capacity() == null ? texts.format("matrix.loadNoCapacity", w.accountsLed(), w.keyAccountsLed())
                : texts.format("matrix.loadText", w.accountsLed(), w.keyAccountsLed(), w.capacity());
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
