package org.kamworkbench.ui.keyaccounts;

import java.io.File;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.portfolio.ChartCard;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;

/** The matrix tab: the bubble chart (PNG save/copy) beside the Strategic, Development and movers lists. */
final class MatrixPane {
    private final KeyAccountsViewModel model;
    private final Texts texts;
    private final ShellActions shell;
    private final KeyFormats formats;
    private final ListExports exports;
    private final MatrixChart chart = new MatrixChart();
    private final Parent root;

    @FXML private VBox chartBox;
    @FXML private ComboBox<String> colourBox;
    @FXML private Label incompleteLabel;
    @FXML private Label draftLabel;
    @FXML private javafx.scene.control.Hyperlink rateLink;
    @FXML private ListView<ScoreRow> strategicList;
    @FXML private ListView<ScoreRow> developmentList;
    @FXML private ListView<QuadrantMove> moversList;
    @FXML private Label exportStatus;
    @FXML private Button exportStrategic;

    private final ScreenContext context;

    MatrixPane(KeyAccountsViewModel model, ListExports exports, ScreenContext context) {
        this.model = model;
        this.texts = context.texts();
        this.shell = context.shell();
        this.context = context;
        this.exports = exports;
        this.formats = new KeyFormats(texts);
        this.root = Fxml.load(this, "MatrixPane.fxml", texts);
    }

    Parent root() {
        return root;
    }

    MatrixChart chart() {
        return chart;
    }

    @FXML
    private void initialize() {
        chart.setId("matrixChart");
        chart.setTexts(texts.get("keys.axis.strength"), texts.get("keys.axis.attractiveness"), List.of(
                formats.quadrant(Quadrant.STRATEGIC), formats.quadrant(Quadrant.DEVELOPMENT),
                formats.quadrant(Quadrant.MAINTAIN), formats.quadrant(Quadrant.OPPORTUNISTIC)));
        chart.setHoverText(r -> formats.hover(r, model.dataProperty().get() == null ? ""
                : model.dataProperty().get().reportingCurrency()));
        chart.setOnOpen(r -> shell.openAccount(r.account().id()));
        ChartCard card = new ChartCard(texts.get("keys.matrix.title"), chart, context);
        VBox.setVgrow(card, javafx.scene.layout.Priority.ALWAYS);
        chartBox.getChildren().add(card);
        colourBox.getItems().setAll(texts.get("keys.matrix.byQuadrant"), texts.get("keys.matrix.byAbc"));
        colourBox.getSelectionModel().select(0);
        strategicList.setId("strategicList");
        developmentList.setId("developmentList");
        moversList.setId("moversList");
        strategicList.setCellFactory(l -> scoreCell());
        developmentList.setCellFactory(l -> scoreCell());
        moversList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QuadrantMove item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.move(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        moversList.setPlaceholder(Placeholders.wrapped(texts.get("keys.list.noMovers")));
        strategicList.setOnMouseClicked(e -> openOnDoubleClick(e.getClickCount(), strategicList));
        developmentList.setOnMouseClicked(e -> openOnDoubleClick(e.getClickCount(), developmentList));
        InvalidationListener redraw = o -> redraw();
        // the board is set last in a re-scoring: one redraw per move of a weight
        model.boardProperty().addListener((o, was, now) -> redraw());
        colourBox.getSelectionModel().selectedIndexProperty().addListener(redraw);
        model.movers().addListener(redraw);
        exportStatus.textProperty().bind(exports.statusProperty());
        // the headline only, so the chart keeps its height on a projector; the reasons per criterion in the tooltip
        incompleteLabel.textProperty().bind(model.incompleteSummary().headlineProperty());
        incompleteLabel.managedProperty().bind(model.incompleteSummary().headlineProperty().isNotEmpty());
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(model.incompleteSummary().textProperty());
        why.setWrapText(true);
        why.setMaxWidth(640);
        incompleteLabel.setTooltip(why);
        rateLink.setId("rateMissingLink");
        rateLink.visibleProperty().bind(model.incompleteSummary().canRateMissingProperty());
        rateLink.managedProperty().bind(rateLink.visibleProperty());
        rateLink.textProperty().bind(javafx.beans.binding.Bindings.when(model.editor().dirtyProperty())
                .then(texts.get("keys.matrix.saveAndRate")).otherwise(texts.get("keys.matrix.rateThem")));
        rateLink.setOnAction(e -> model.rateMissing());
        draftLabel.visibleProperty().bind(model.editor().dirtyProperty().and(model.savedProperty().isNotNull()));
        draftLabel.managedProperty().bind(draftLabel.visibleProperty());
        redraw();
    }

    private ListCell<ScoreRow> scoreCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ScoreRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.listEntry(item));
                setWrapText(true);
                setPrefWidth(0); // wraps to the list's width: the name and the score both show
            }
        };
    }

    private void openOnDoubleClick(int clicks, ListView<ScoreRow> list) {
        ScoreRow row = list.getSelectionModel().getSelectedItem();
        if (clicks == 2 && row != null) {
            shell.openAccount(row.account().id());
        }
    }

    private void redraw() {
        List<ScoreRow> rows = model.ranking();
        chart.show(rows, model.editor().cutProperty().get(), colourBox.getSelectionModel().getSelectedIndex() == 1);
        strategicList.getItems().setAll(rows.stream().filter(r -> r.quadrant() == Quadrant.STRATEGIC).toList());
        developmentList.getItems().setAll(rows.stream().filter(r -> r.quadrant() == Quadrant.DEVELOPMENT).toList());
        moversList.getItems().setAll(model.movers());
    }

    @FXML
    private void listStrategic() {
        listQuadrant(Quadrant.STRATEGIC);
    }

    @FXML
    private void listDevelopment() {
        listQuadrant(Quadrant.DEVELOPMENT);
    }

    private void listQuadrant(Quadrant quadrant) {
        var data = model.dataProperty().get();
        shell.showAccounts(texts.format("accountList.quadrant", formats.quadrant(quadrant)), model.accountsIn(quadrant),
                data == null ? "" : data.reportingCurrency());
    }

    @FXML
    private void exportStrategic() {
        export("strategic", ListExports.scoreRows(strategicList.getItems(), texts));
    }

    @FXML
    private void exportDevelopment() {
        export("development", ListExports.scoreRows(developmentList.getItems(), texts));
    }

    @FXML
    private void exportMovers() {
        export("movers", ListExports.moverRows(moversList.getItems(), texts));
    }

    private void export(String name, org.kamworkbench.service.export.ExportTable rows) {
        File file = chooseFile(root, texts, name);
        if (file != null) {
            exports.write(file.toPath(), rows);
        }
    }

    /** Asks where to export, as Excel (.xlsx, proposed) or CSV; the extension decides the format. */
    static File chooseFile(Parent owner, Texts texts, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("keys.export"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(texts.get("export.xlsxFiles"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(texts.get("keys.csvFiles"), "*.csv");
        chooser.getExtensionFilters().addAll(xlsx, csv);
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(initialName + ".xlsx");
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null || org.kamworkbench.service.export.ExportFormat.ofFile(file.toPath()).isPresent()) {
            return file;
        }
        return new File(file.getPath() + (chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx"));
    }
}
