package org.kamworkbench.ui.keyaccounts;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;

/**
 * The rating grid, edited like a spreadsheet: arrows move, a digit sets the level at once (0 on a
 * 1–10 scale is 10) and moves down, Delete clears, Enter or F2 edits the cell as text; the level's
 * anchor text, date, author and comment show as the cell's tooltip and below the grid.
 */
final class RatingsPane {
    private final RatingsViewModel model;
    private final Texts texts;
    private final ListExports exports;
    private final Parent root;

    @FXML private TextField filterField;
    @FXML private CheckBox missingBox;
    @FXML private TextField authorField;
    @FXML private Label errorLabel;
    @FXML private Label importedLabel;
    @FXML private Label exportStatus;
    @FXML private TableView<RatingRow> grid;
    @FXML private Label detailLabel;
    @FXML private TextField commentField;
    @FXML private Button commentButton;

    RatingsPane(RatingsViewModel model, ListExports exports, Texts texts) {
        this.model = model;
        this.exports = exports;
        this.texts = texts;
        this.root = Fxml.load(this, "RatingsPane.fxml", texts);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        grid.setId("ratingGrid");
        filterField.textProperty().bindBidirectional(model.filterProperty());
        missingBox.selectedProperty().bindBidirectional(model.onlyMissingProperty());
        authorField.textProperty().bindBidirectional(model.authorProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        importedLabel.textProperty().bind(model.importedProperty());
        exportStatus.textProperty().bind(exports.statusProperty());
        exportStatus.managedProperty().bind(exports.statusProperty().isNotEmpty());
        importedLabel.managedProperty().bind(model.importedProperty().isNotEmpty());
        grid.setItems(model.rows());
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.setPlaceholder(Placeholders.wrapped(texts.get("keys.ratings.placeholder")));
        model.criteria().addListener((ListChangeListener<Criterion>) c -> columns());
        columns();
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        grid.getFocusModel().focusedCellProperty().addListener((o, was, now) -> showDetail());
        commentButton.disableProperty().bind(grid.getFocusModel().focusedCellProperty().isNull());
    }

    private void columns() {
        TableColumn<RatingRow, String> account = new TableColumn<>(texts.get("keys.col.account"));
        account.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().account().name()));
        account.setPrefWidth(260);
        account.setEditable(false);
        TableColumn<RatingRow, String> id = new TableColumn<>(texts.get("keys.col.id"));
        id.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().account().externalId()));
        id.setEditable(false);
        grid.getColumns().setAll(java.util.List.of(account, id));
        for (Criterion criterion : model.criteria()) {
            TableColumn<RatingRow, String> col = new TableColumn<>(criterion.name());
            col.setUserData(criterion);
            col.setPrefWidth(130);
            col.setCellValueFactory(c -> {
                Rating r = c.getValue().rating(criterion.name());
                return new SimpleStringProperty(r == null ? "" : String.valueOf(r.level()));
            });
            col.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    RatingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    setTooltip(row == null ? null : new Tooltip(model.describe(row, criterion)));
                    getStyleClass().remove("rating-missing");
                    if (row != null && (item == null || item.isEmpty())) {
                        getStyleClass().add("rating-missing");
                    }
                }
            });
            col.setOnEditCommit(e -> commit(e.getRowValue(), criterion, e.getNewValue()));
            grid.getColumns().add(col);
        }
    }

    private void commit(RatingRow row, Criterion criterion, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            model.rate(row, criterion, 0, null);
            return;
        }
        try {
            model.rate(row, criterion, Integer.parseInt(t), null);
        } catch (NumberFormatException e) {
            model.rate(row, criterion, -1, null);
        }
    }

    private void onKey(KeyEvent e) {
        TablePosition<RatingRow, ?> cell = grid.getFocusModel().getFocusedCell();
        if (grid.getEditingCell() != null || cell == null || cell.getRow() < 0
                || !(cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof Criterion c)) {
            return;
        }
        RatingRow row = grid.getItems().get(cell.getRow());
        if (e.getCode().isDigitKey()) {
            int digit = Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText().substring(0, 1));
            int level = digit == 0 && c.scale() == 10 ? 10 : digit;
            model.rate(row, c, level, null);
            grid.getSelectionModel().clearAndSelect(Math.min(cell.getRow() + 1, grid.getItems().size() - 1),
                    cell.getTableColumn());
            grid.getFocusModel().focus(Math.min(cell.getRow() + 1, grid.getItems().size() - 1), cell.getTableColumn());
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.rate(row, c, 0, null);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            grid.edit(cell.getRow(), cell.getTableColumn());
            e.consume();
        }
    }

    private void showDetail() {
        TablePosition<RatingRow, ?> cell = grid.getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0 || cell.getRow() >= grid.getItems().size()
                || !(cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof Criterion c)) {
            detailLabel.setText("");
            return;
        }
        RatingRow row = grid.getItems().get(cell.getRow());
        detailLabel.setText(row.account().name() + " · " + model.describe(row, c));
        Rating r = row.rating(c.name());
        commentField.setText(r == null ? "" : r.comment());
    }

    @FXML
    private void importRatings() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(texts.get("keys.ratings.import"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(texts.get("keys.csvFiles"),
                "*.csv", "*.txt", "*.xlsx"));
        java.io.File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    @FXML
    private void exportRatings() {
        java.io.File file = MatrixPane.chooseFile(root, texts, "ratings");
        if (file != null) {
            exports.write(file.toPath(), ListExports.ratingRows(grid.getItems(), model.criteria()));
        }
    }

    @FXML
    private void saveComment() {
        TablePosition<RatingRow, ?> cell = grid.getFocusModel().getFocusedCell();
        if (cell != null && cell.getRow() >= 0 && cell.getTableColumn() != null
                && cell.getTableColumn().getUserData() instanceof Criterion c) {
            RatingRow row = grid.getItems().get(cell.getRow());
            Rating r = row.rating(c.name());
            if (r != null) {
                model.rate(row, c, r.level(), commentField.getText());
            }
        }
    }
}
