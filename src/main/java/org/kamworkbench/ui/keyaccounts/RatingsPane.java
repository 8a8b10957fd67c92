package org.kamworkbench.ui.keyaccounts;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;

/**
 * The rating grid, used like a spreadsheet: a digit key (by key code, so the numpad and AZERTY's
 * shifted digits work too) sets the level at once (0 on a 1–10 scale is 10) and moves down; arrows,
 * Tab / Shift+Tab and Enter / Shift+Enter move; Delete clears. The level's anchor text, date, author
 * and comment show as the cell's tooltip and below the grid.
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
    @FXML private javafx.scene.layout.HBox workListBox;
    @FXML private Label workListLabel;
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
        grid.setEditable(false);
        grid.getSelectionModel().setCellSelectionEnabled(true);
        workListLabel.textProperty().bind(model.workListProperty());
        workListBox.visibleProperty().bind(model.workListProperty().isNotEmpty());
        workListBox.managedProperty().bind(workListBox.visibleProperty());
        grid.setPlaceholder(Placeholders.wrapped(texts.get("keys.ratings.placeholder")));
        model.criteria().addListener((ListChangeListener<Criterion>) c -> columns());
        columns();
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        grid.getFocusModel().focusedCellProperty().addListener((o, was, now) -> showDetail());
        commentButton.disableProperty().bind(grid.getFocusModel().focusedCellProperty().isNull());
    }

    private void columns() {
        TableColumn<RatingRow, String> account = text("keys.col.account", r -> r.account().name());
        account.setPrefWidth(240);
        TableColumn<RatingRow, String> id = text("keys.col.id", r -> r.account().externalId());
        TableColumn<RatingRow, String> revenue = text("keys.col.revenue", r -> texts.money(r.revenue(),
                model.currency()));
        revenue.setPrefWidth(140);
        revenue.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<RatingRow, String> abc = text("keys.col.abc", RatingRow::abcClass);
        abc.setPrefWidth(60);
        grid.getColumns().setAll(java.util.List.of(account, id, revenue, abc));
        for (Criterion criterion : model.criteria()) {
            TableColumn<RatingRow, Rating> col = new TableColumn<>(criterion.name());
            col.setUserData(criterion);
            col.setPrefWidth(130);
            col.setSortable(false);
            col.setCellValueFactory(c -> c.getValue().ratingProperty(criterion.name()));
            col.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Rating item, boolean empty) {
                    super.updateItem(item, empty);
                    RatingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    setText(empty || item == null ? null : String.valueOf(item.level()));
                    setTooltip(row == null ? null : new Tooltip(model.describe(row, criterion)));
                    getStyleClass().remove("rating-missing");
                    if (row != null && item == null) {
                        getStyleClass().add("rating-missing");
                    }
                }
            });
            grid.getColumns().add(col);
        }
    }

    private TableColumn<RatingRow, String> text(String key, java.util.function.Function<RatingRow, String> value) {
        TableColumn<RatingRow, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The grid's keys, as in a spreadsheet; {@link GridKeys} says what each does. */
    private void onKey(KeyEvent e) {
        TablePosition<RatingRow, ?> cell = grid.getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0 || cell.getRow() >= grid.getItems().size()
                || cell.getTableColumn() == null) {
            return;
        }
        int rowIndex = cell.getRow();
        int colIndex = grid.getVisibleLeafIndex(cell.getTableColumn());
        GridKeys.Move move = GridKeys.move(e.getCode(), e.isShiftDown());
        if (move != null) {
            moveTo(rowIndex + move.rows(), colIndex + move.columns());
            e.consume();
            return;
        }
        if (!(cell.getTableColumn().getUserData() instanceof Criterion c) || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        RatingRow row = grid.getItems().get(rowIndex);
        int digit = GridKeys.digit(e.getCode());
        if (digit >= 0) {
            model.rate(row, c, digit == 0 && c.scale() == 10 ? 10 : digit, null);
            moveTo(rowIndex + 1, colIndex);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.rate(row, c, 0, null);
            e.consume();
        }
    }

    private void moveTo(int rowIndex, int colIndex) {
        int r = Math.max(0, Math.min(rowIndex, grid.getItems().size() - 1));
        int c = Math.max(0, Math.min(colIndex, grid.getVisibleLeafColumns().size() - 1));
        TableColumn<RatingRow, ?> column = grid.getVisibleLeafColumn(c);
        grid.getSelectionModel().clearAndSelect(r, column);
        grid.getFocusModel().focus(r, column);
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
    private void showAll() {
        model.showAll();
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
