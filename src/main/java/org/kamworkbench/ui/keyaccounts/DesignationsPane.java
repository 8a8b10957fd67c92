package org.kamworkbench.ui.keyaccounts;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.ReviewAlert;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;

/** The designations tab: status vs computed quadrant (differences highlighted), history, the form, the review alerts. */
final class DesignationsPane {
    private final DesignationsViewModel model;
    private final ListExports exports;
    private final Texts texts;
    private final KeyFormats formats;
    private final Runnable changed;
    private final org.kamworkbench.ui.common.ShellActions shell;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private TableView<DesignationRow> table;
    @FXML private ComboBox<DesignationStatus> statusBox;
    @FXML private TextField reasonField;
    @FXML private ComboBox<Quadrant> quickQuadrant;
    @FXML private TextField minScoreField;
    @FXML private Label selectedCount;
    @FXML private Button designateButton;
    @FXML private Label messageLabel;
    @FXML private ListView<Designation> historyList;
    @FXML private ListView<ReviewAlert> alertList;
    @FXML private Label exportStatus;
    @FXML private javafx.scene.control.Spinner<Integer> yearSpinner;
    @FXML private TextField hoursField;
    @FXML private TextField budgetField;
    @FXML private Button effortButton;
    @FXML private TextField spendField;
    @FXML private TextField currencyField;
    @FXML private Button spendButton;

    DesignationsPane(DesignationsViewModel model, ListExports exports, Texts texts, Runnable changed,
                     org.kamworkbench.ui.common.ShellActions shell) {
        this.shell = shell;
        this.model = model;
        this.exports = exports;
        this.texts = texts;
        this.changed = changed;
        this.formats = new KeyFormats(texts);
        this.root = Fxml.load(this, "DesignationsPane.fxml", texts);
    }

    Parent root() {
        return root;
    }

    private String status(DesignationStatus s) {
        return texts.get("keys.status." + s.name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void initialize() {
        table.setId("designationTable");
        filterField.textProperty().bindBidirectional(model.filterProperty());
        table.setItems(model.rows());
        TableColumn<DesignationRow, String> name = column("keys.col.account", r -> r.account().name());
        name.setPrefWidth(240);
        TableColumn<DesignationRow, String> quadrant = column("keys.col.quadrant", r -> formats.quadrant(r.quadrant()));
        TableColumn<DesignationRow, String> score = column("keys.col.score", r -> formats.score(r.score()));
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        score.setComparator(java.util.Comparator.comparingDouble(
                (String v) -> v.equals("–") ? Double.NEGATIVE_INFINITY : parseScore(v)));
        TableColumn<DesignationRow, String> designation = column("keys.col.designation",
                r -> r.designation() == null ? "–" : status(r.designation().status()));
        TableColumn<DesignationRow, String> since = column("keys.col.since",
                r -> r.designation() == null ? "" : texts.date(r.designation().date()));
        TableColumn<DesignationRow, String> reason = column("keys.col.reason",
                r -> r.designation() == null ? "" : r.designation().reason());
        reason.setPrefWidth(260);
        quadrant.setPrefWidth(120);
        designation.setPrefWidth(120);
        since.setPrefWidth(100);
        TableColumn<DesignationRow, String> differs = column("keys.col.differs",
                r -> r.differs() ? texts.get("keys.designations.differs") : "");
        table.getColumns().setAll(List.of(name, score, quadrant, designation, since, reason, differs));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<DesignationRow>) c -> {
                    model.selection().setAll(table.getSelectionModel().getSelectedItems());
                    selectedCount.setText(texts.format("keys.designations.selected",
                            texts.count(model.selection().size())));
                });
        table.setOnMouseClicked(e -> {
            DesignationRow row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                shell.openAccount(row.account().id());
            }
        });
        table.setOnKeyPressed(e -> {
            DesignationRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && row != null) {
                shell.openAccount(row.account().id());
                e.consume();
            }
        });
        quickQuadrant.getItems().setAll(Quadrant.values());
        quickQuadrant.getSelectionModel().select(Quadrant.STRATEGIC);
        quickQuadrant.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quadrant q) {
                return formats.quadrant(q);
            }

            @Override
            public Quadrant fromString(String s) {
                return null;
            }
        });
        minScoreField.setOnAction(e -> quickSelect());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DesignationRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("designation-differs");
                if (!empty && item != null && item.differs()) {
                    getStyleClass().add("designation-differs");
                }
            }
        });
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // a reload replaces the rows: keep the account selected, so that its new history shows
        long[] selectedId = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selectedId[0] = now.account().id();
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<DesignationRow>) c -> {
            if (table.getSelectionModel().getSelectedItem() == null && selectedId[0] >= 0) {
                table.getItems().stream().filter(r -> r.account().id() == selectedId[0]).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        statusBox.getItems().setAll(DesignationStatus.values());
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DesignationStatus s) {
                return s == null ? "" : status(s);
            }

            @Override
            public DesignationStatus fromString(String s) {
                return null;
            }
        });
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        reasonField.setOnAction(e -> designate());
        designateButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.selection())
                .or(model.reasonProperty().isEmpty()));
        messageLabel.textProperty().bind(model.messageProperty());
        historyList.setItems(model.history());
        historyList.setPlaceholder(Placeholders.wrapped(texts.get("keys.designations.noHistory")));
        historyList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Designation d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : texts.format("keys.designations.entry", texts.date(d.date()), status(d.status()),
                        d.reason(), d.author().isEmpty() ? "–" : d.author()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        alertList.setId("alertList");
        alertList.setItems(model.alerts());
        alertList.setPlaceholder(Placeholders.wrapped(texts.get("keys.alerts.none")));
        alertList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewAlert a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : alertText(a));
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().remove("alert-cell");
                if (!empty && a != null) {
                    getStyleClass().add("alert-cell");
                }
            }
        });
        exportStatus.textProperty().bind(exports.statusProperty());
        yearSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1990, 2100,
                model.effortYearProperty().get()));
        javafx.beans.property.ObjectProperty<Integer> year = model.effortYearProperty().asObject();
        yearSpinner.getProperties().put("year", year); // keeps the bidirectional binding alive
        yearSpinner.getValueFactory().valueProperty().bindBidirectional(year);
        hoursField.textProperty().bindBidirectional(model.hoursProperty());
        budgetField.textProperty().bindBidirectional(model.budgetProperty());
        spendField.textProperty().bindBidirectional(model.spendAmountProperty());
        currencyField.textProperty().bindBidirectional(model.spendCurrencyProperty());
        effortButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        spendButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    /** Selects the shown accounts of the chosen quadrant with at least the typed score. */
    @FXML
    private void quickSelect() {
        List<DesignationRow> rows = model.matching(quickQuadrant.getValue(), minScoreField.getText());
        if (rows == null) {
            return;
        }
        table.getSelectionModel().clearSelection();
        for (DesignationRow r : rows) {
            table.getSelectionModel().select(r);
        }
        if (!rows.isEmpty()) {
            table.scrollTo(rows.get(0));
        }
        table.requestFocus();
    }

    private double parseScore(String shown) {
        java.math.BigDecimal v = texts.parseDecimal(shown);
        return v == null ? Double.NEGATIVE_INFINITY : v.doubleValue();
    }

    @FXML
    private void saveEffort() {
        model.saveEffort();
    }

    @FXML
    private void saveSpend() {
        model.saveSpend();
    }

    private String alertText(ReviewAlert a) {
        return texts.format("keys.alerts.entry", a.account().name(), texts.date(a.keySince()), a.monthsAsKey(),
                formats.score(a.realGrowth() * 100), a.span().toString(), texts.decimal(a.hours()),
                texts.decimal(a.budget()));
    }

    private TableColumn<DesignationRow, String> column(String key, java.util.function.Function<DesignationRow, String> v) {
        TableColumn<DesignationRow, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(v.apply(cell.getValue())));
        return c;
    }

    @FXML
    private void designate() {
        if (!designateButton.isDisabled()) {
            model.designate(changed);
        }
    }

    /** The designations table, for its Export button. */
    javafx.scene.control.TableView<DesignationRow> table() {
        return table;
    }

    @FXML
    private void exportAlerts() {
        File file = MatrixPane.chooseFile(root, texts, "review-alerts");
        if (file == null) {
            return;
        }
        exports.write(file.toPath(), ListExports.alertRows(model.alerts(), texts));
    }
}
