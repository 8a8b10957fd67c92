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
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private TableView<DesignationRow> table;
    @FXML private ComboBox<DesignationStatus> statusBox;
    @FXML private TextField reasonField;
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

    DesignationsPane(DesignationsViewModel model, ListExports exports, Texts texts, Runnable changed) {
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
        table.getColumns().setAll(List.of(name, quadrant, designation, since, reason, differs));
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
        designateButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.reasonProperty().isEmpty()));
        messageLabel.textProperty().bind(model.messageProperty());
        historyList.setItems(model.history());
        historyList.setPlaceholder(Placeholders.wrapped(texts.get("keys.designations.noHistory")));
        historyList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Designation d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : texts.format("keys.designations.entry", d.date(), status(d.status()),
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

    @FXML
    private void saveEffort() {
        model.saveEffort();
    }

    @FXML
    private void saveSpend() {
        model.saveSpend();
    }

    private String alertText(ReviewAlert a) {
        return texts.format("keys.alerts.entry", a.account().name(), a.keySince(), a.monthsAsKey(),
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

    @FXML
    private void exportAlerts() {
        File file = MatrixPane.chooseCsv(root, texts, "review-alerts.csv");
        if (file == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("externalId", "name", "keySince", "monthsAsKey", "realGrowth", "period", "hours", "budget"));
        for (ReviewAlert a : model.alerts()) {
            rows.add(List.of(a.account().externalId(), a.account().name(), a.keySince().toString(),
                    String.valueOf(a.monthsAsKey()), String.valueOf(a.realGrowth()), a.span().toString(),
                    a.hours().toPlainString(), a.budget().toPlainString()));
        }
        exports.write(file.toPath(), rows);
    }
}
