package org.kamworkbench.ui.plans;

import java.math.BigDecimal;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.plans.KpiPortfolioViewModel.Row;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.Placeholders;
import org.kamworkbench.ui.common.TableColumns;

/**
 * The "KPI portfolio" screen: designated key accounts × KPIs with the latest status and a trend per
 * row; key accounts without an active plan or KPIs first, as they are to be fixed.
 */
public final class KpiPortfolioView implements Screen {
    private final KpiPortfolioViewModel model;
    private final Texts texts;
    private final VBox loadedRoot;

    @FXML private ComboBox<Integer> fromBox;
    @FXML private ComboBox<Integer> toBox;
    @FXML private TextField toleranceField;
    @FXML private Label countLabel;
    @FXML private TableView<Row> kpiPortfolioTable;
    @FXML private Label errorLabel;

    private KpiPortfolioView(KpiPortfolioViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.loadedRoot = PlansCss.apply(Fxml.load(this, "KpiPortfolioView.fxml", texts));
        CrossAccountViews.reloadWhenShown(loadedRoot, model::refresh);
    }

    public static Screen create(ScreenContext context) {
        KpiPortfolioViewModel model = KpiPortfolioViewModel.create(context.services().kpis(),
                context.services().plans(), context.background(), context.texts());
        KpiPortfolioView view = new KpiPortfolioView(model, context.texts());
        org.kamworkbench.ui.common.ExportBar.ofView(context.texts(), context.background(), context.services().exports(),
                context.texts().get("export.file.kpis"), view.kpiPortfolioTable).above(view.kpiPortfolioTable);
        return view;
    }

    @FXML
    private void initialize() {
        fromBox.setItems(model.years());
        toBox.setItems(model.years());
        fromBox.valueProperty().bindBidirectional(model.fromYearProperty());
        toBox.valueProperty().bindBidirectional(model.toYearProperty());
        toleranceField.textProperty().bindBidirectional(model.toleranceProperty());
        countLabel.textProperty().bind(model.countTextProperty());
        TableColumn<Row, Row> status = new TableColumn<>(texts.get("plans.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setComparator(Comparator.comparingInt(Row::urgency));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(175);
        status.setMinWidth(175); // "Nessun piano attivo" in bold, in full, however narrow the window
        TableColumn<Row, Row> trend = new TableColumn<>(texts.get("kpiPortfolio.trend"));
        trend.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        trend.setSortable(false);
        trend.setCellFactory(c -> new TrendCell());
        trend.setPrefWidth(90);
        Cols.set(kpiPortfolioTable,
                TableColumns.text(texts.get("actions.col.account"), Row::account, 170),
                TableColumns.text(texts.get("kpiPortfolio.designation"), (Row r) -> texts.get(
                        r.source().designatedKey() ? "kpiPortfolio.key" : "kpiPortfolio.notKey"), 80),
                TableColumns.text(texts.get("plans.col.kpi"), Row::kpi, 150),
                TableColumns.text(texts.get("kpiPortfolio.period"), (Row r) -> r.latest() == null ? null
                        : r.latest().period().toString(), 75),
                figures(Cols.sorted(texts.get("plans.col.target"), (Row r) -> r.latest() == null ? null
                        : r.latest().target(), this::number, 95)),
                figures(Cols.sorted(texts.get("kpis.actual"), (Row r) -> r.latest() == null ? null
                        : r.latest().actual(), this::number, 95)),
                status,
                Cols.sorted(texts.get("kpiPortfolio.offTrack"), (Row r) -> r.source().series() == null ? null
                        : r.offTrackPeriods(), String::valueOf, 70),
                trend);
        javafx.collections.transformation.SortedList<Row> sorted =
                new javafx.collections.transformation.SortedList<>(model.rows());
        sorted.comparatorProperty().bind(kpiPortfolioTable.comparatorProperty());
        kpiPortfolioTable.setItems(sorted);
        status.setSortType(TableColumn.SortType.DESCENDING);
        kpiPortfolioTable.getSortOrder().add(status);
        kpiPortfolioTable.setPlaceholder(Placeholders.wrapped(texts.get("kpiPortfolio.none")));
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
    }

    /** A column of figures: as wide as a seven-digit grouped number, however narrow the window (never cut). */
    private static <C extends TableColumn<Row, ?>> C figures(C column) {
        column.setMinWidth(95);
        return column;
    }

    /** 9 166 as the locale groups it; small values keep up to two decimals (4,25). */
    private String number(BigDecimal d) {
        return d.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? texts.amount(d)
                : texts.decimal(d.setScale(Math.min(d.scale(), 2), java.math.RoundingMode.HALF_EVEN));
    }

    @FXML
    private void saveTolerance() {
        model.saveTolerance();
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** The latest status; for a key account's gap, the gap, shown as off track: it is to be fixed. */
    private final class StatusCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item.source().gap()) {
                setText(texts.get(item.source().activePlan() ? "kpiPortfolio.noKpis" : "kpiPortfolio.noActivePlan"));
                getStyleClass().addAll("status-cell", TimelineChart.statusClass(KpiStatus.OFF_TRACK));
                return;
            }
            KpiStatus status = item.status();
            setText(status == null ? texts.get("kpis.noTarget") : EnumText.of(texts, status));
            getStyleClass().addAll("status-cell", TimelineChart.statusClass(status));
        }
    }

    private static final class TrendCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null || item.source().series() == null ? null
                    : new Sparkline(item.source().series().points()));
        }
    }
}
