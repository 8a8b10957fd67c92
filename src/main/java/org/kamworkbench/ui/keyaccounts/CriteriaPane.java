package org.kamworkbench.ui.keyaccounts;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.service.criteria.Sensitivity;
import org.kamworkbench.service.criteria.VersionComparison;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;

/**
 * The criteria tab: the draft set's criteria with weight sliders and spinners (what is left to
 * assign), the live ranking with rank and quadrant changes highlighted, the ±10 sensitivity and
 * the version history with the comparison of two versions.
 */
final class CriteriaPane {
    private final KeyAccountsViewModel model;
    private final ListExports exports;
    private final Texts texts;
    private final KeyFormats formats;
    private final Parent root;

    @FXML private TextField nameField;
    @FXML private Spinner<Double> cutSpinner;
    @FXML private Spinner<Integer> reviewSpinner;
    @FXML private Spinner<Integer> keyMonthsSpinner;
    @FXML private MenuButton templateButton;
    @FXML private Label remainingLabel;
    @FXML private Button saveButton;
    @FXML private Button addButton;
    @FXML private Button resetButton;
    @FXML private Label problemsLabel;
    @FXML private GridPane criteriaGrid;
    @FXML private TableView<ScoreRow> rankingTable;
    @FXML private TableView<Sensitivity.Case> sensitivityTable;
    @FXML private Button sensitivityButton;
    @FXML private ListView<CriteriaSet> versionList;
    @FXML private Button compareButton;
    @FXML private TextArea comparisonText;

    CriteriaPane(KeyAccountsViewModel model, ListExports exports, Texts texts) {
        this.model = model;
        this.exports = exports;
        this.texts = texts;
        this.formats = new KeyFormats(texts);
        this.root = Fxml.load(this, "CriteriaPane.fxml", texts);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.editor().setNameProperty());
        SpinnerValueFactory.DoubleSpinnerValueFactory cut =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 99, model.editor().cutProperty().get(), 5);
        cutSpinner.setValueFactory(cut);
        cut.valueProperty().bindBidirectional(keep(cutSpinner, model.editor().cutProperty().asObject()));
        reviewSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 60, 12));
        reviewSpinner.getValueFactory().valueProperty().bindBidirectional(
                keep(reviewSpinner, model.editor().reviewMonthsProperty().asObject()));
        keyMonthsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 60, 12));
        keyMonthsSpinner.getValueFactory().valueProperty().bindBidirectional(
                keep(keyMonthsSpinner, model.editor().keyMonthsProperty().asObject()));
        for (String name : CriteriaTemplates.names()) {
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> model.applyTemplate(name));
            templateButton.getItems().add(item);
        }
        remainingLabel.setId("remainingLabel");
        remainingLabel.textProperty().bind(Bindings.createStringBinding(() -> texts.format("keys.remaining",
                formats.score(model.editor().remainingProperty().get())), model.editor().remainingProperty()));
        model.editor().remainingProperty().addListener((o, was, now) -> tone(Math.abs(now.doubleValue()) > 1e-6));
        tone(Math.abs(model.editor().remainingProperty().get()) > 1e-6);
        saveButton.disableProperty().bind(model.editor().canSaveProperty().not().or(model.busyProperty())
                .or(model.editor().dirtyProperty().not()));
        resetButton.disableProperty().bind(model.savedProperty().isNull());
        addButton.disableProperty().bind(model.editor().canAddProperty().not());
        addButton.setTooltip(new javafx.scene.control.Tooltip(texts.format("keys.criterion.addTip",
                String.valueOf(org.kamworkbench.service.criteria.CriteriaValidator.MAX_CRITERIA))));
        org.kamworkbench.ui.common.MessageLine.bind(problemsLabel, model.editor().problemsProperty());
        model.editor().criteria().addListener((ListChangeListener<CriterionRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuildGrid();
                    return;
                }
            }
        });
        rebuildGrid();
        rankingTable.setId("rankingTable");
        rankingTable.setItems(model.ranking());
        rankingColumns();
        sensitivityColumns();
        sensitivityTable.setItems(model.sensitivity());
        sensitivityTable.setPlaceholder(Placeholders.wrapped(texts.get("keys.sensitivity.placeholder")));
        sensitivityButton.disableProperty().bind(model.editor().canSaveProperty().not());
        versionList.setItems(model.versions());
        versionList.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        versionList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CriteriaSet item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.format("keys.history.entry", item.version(),
                        item.savedAt().toLocalDate(), item.criteria().size()));
            }
        });
        compareButton.disableProperty().bind(Bindings.size(versionList.getSelectionModel().getSelectedItems())
                .isNotEqualTo(2));
    }

    private static <T> javafx.beans.property.ObjectProperty<T> keep(Spinner<?> owner,
                                                                   javafx.beans.property.ObjectProperty<T> boxed) {
        owner.getProperties().put("boxed", boxed); // the bidirectional binding lives as long as the spinner
        return boxed;
    }

    private void tone(boolean off) {
        remainingLabel.getStyleClass().removeAll("danger", "success");
        remainingLabel.getStyleClass().add(off ? "danger" : "success");
    }

    private void rebuildGrid() {
        criteriaGrid.getChildren().clear();
        CriterionEditor editor = new CriterionEditor(texts, criteriaGrid);
        editor.header();
        List<CriterionRow> rows = List.copyOf(model.editor().criteria());
        for (int i = 0; i < rows.size(); i++) {
            CriterionRow row = rows.get(i);
            editor.add(row, i, () -> model.editor().removeCriterion(row));
        }
    }

    private void rankingColumns() {
        TableColumn<ScoreRow, String> rank = column("keys.col.rank", r -> String.valueOf(r.rank()));
        TableColumn<ScoreRow, String> change = column("keys.col.change", r -> r.rankChange() == 0 ? ""
                : (r.rankChange() > 0 ? "▲ " : "▼ ") + Math.abs(r.rankChange()));
        TableColumn<ScoreRow, String> name = column("keys.col.account", r -> r.account().name());
        name.setPrefWidth(260);
        TableColumn<ScoreRow, String> att = column("keys.axis.attractiveness", r -> formats.score(r.attractiveness()));
        TableColumn<ScoreRow, String> str = column("keys.axis.strength", r -> formats.score(r.strength()));
        TableColumn<ScoreRow, String> score = column("keys.col.score", r -> formats.score(r.score()));
        TableColumn<ScoreRow, String> quadrant = column("keys.col.quadrant", r -> r.quadrantChanged()
                ? texts.format("keys.quadrantWas", formats.quadrant(r.quadrant()), formats.quadrant(r.savedQuadrant()))
                : formats.quadrant(r.quadrant()));
        quadrant.setPrefWidth(220);
        rankingTable.getColumns().setAll(List.of(rank, change, name, att, str, score, quadrant));
        rankingTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScoreRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("quadrant-changed", "rank-changed");
                if (!empty && item != null && item.quadrantChanged()) {
                    getStyleClass().add("quadrant-changed");
                } else if (!empty && item != null && item.rankChange() != 0) {
                    getStyleClass().add("rank-changed");
                }
            }
        });
    }

    private void sensitivityColumns() {
        TableColumn<Sensitivity.Case, String> criterion = new TableColumn<>(texts.get("keys.col.criterion"));
        criterion.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().criterion()));
        TableColumn<Sensitivity.Case, String> move = new TableColumn<>(texts.get("keys.col.move"));
        move.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(texts.format("keys.sensitivity.move",
                c.getValue().delta() > 0 ? "+10" : "−10", formats.score(c.getValue().newWeight()))));
        TableColumn<Sensitivity.Case, String> accounts = new TableColumn<>(texts.get("keys.col.changes"));
        accounts.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().moves().isEmpty() ? texts.get("keys.sensitivity.none")
                        : String.join("; ", c.getValue().moves().stream().map(m -> texts.format("keys.sensitivity.entry",
                        m.account().name(), formats.quadrant(m.from()), formats.quadrant(m.to()))).toList())));
        accounts.setPrefWidth(700);
        sensitivityTable.getColumns().setAll(List.of(criterion, move, accounts));
    }

    private TableColumn<ScoreRow, String> column(String key, java.util.function.Function<ScoreRow, String> value) {
        TableColumn<ScoreRow, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    @FXML
    private void addCriterion() {
        model.editor().addCriterion();
    }

    @FXML
    private void reset() {
        model.resetDraft();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void sensitivity() {
        model.computeSensitivity();
    }

    @FXML
    private void exportRanking() {
        File file = MatrixPane.chooseFile(root, texts, "ranking");
        if (file != null) {
            exports.write(file.toPath(), ListExports.scoreRows(model.ranking(), texts));
        }
    }

    @FXML
    private void compare() {
        List<CriteriaSet> picked = versionList.getSelectionModel().getSelectedItems().stream()
                .sorted(java.util.Comparator.comparingInt(CriteriaSet::version)).toList();
        VersionComparison diff = model.compare(picked.get(0), picked.get(1));
        StringBuilder s = new StringBuilder(texts.format("keys.history.changes", picked.get(0).version(),
                picked.get(1).version())).append('\n');
        diff.setChanges().forEach(c -> s.append("  • ").append(c.text(texts.locale())).append('\n'));
        s.append('\n').append(texts.format("keys.history.moves", diff.moves().size())).append('\n');
        for (QuadrantMove m : diff.moves()) {
            s.append("  • ").append(formats.move(m)).append('\n');
        }
        comparisonText.setText(s.toString());
    }
}
