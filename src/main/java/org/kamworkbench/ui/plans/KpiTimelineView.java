package org.kamworkbench.ui.plans;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.portfolio.ChartCard;
import org.kamworkbench.ui.common.ScreenContext;

/** The account page's "KPIs" tab: a timeline chart per KPI, and forms to define KPIs and enter values. */
public final class KpiTimelineView {
    public static final AccountTab TAB = new AccountTab("kpis", "plans.tab.kpis", KpiTimelineView::create);

    private final KpiTimelineViewModel model;
    private final Texts texts;
    private final Parent root;

    @FXML private ComboBox<Integer> fromBox;
    @FXML private ComboBox<Integer> toBox;
    @FXML private VBox chartsBox;
    @FXML private Label notesLabel;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;
    @FXML private ComboBox<KpiDefinition> entryKpi;
    @FXML private TextField entryPeriod;
    @FXML private TextField entryTarget;
    @FXML private TextField entryActual;
    @FXML private TextField entryComment;
    @FXML private TextField kpiName;
    @FXML private TextField kpiUnit;
    @FXML private ComboBox<KpiDirection> kpiDirection;
    @FXML private ComboBox<KpiFrequency> kpiFrequency;
    @FXML private ComboBox<KpiSource> kpiSource;
    @FXML private TextField kpiBaseline;
    @FXML private TextField spendYear;
    @FXML private TextField spendAmount;

    private final ScreenContext context;

    private KpiTimelineView(KpiTimelineViewModel model, ScreenContext context) {
        this.model = model;
        this.texts = context.texts();
        this.context = context;
        this.root = PlansCss.apply(Fxml.load(this, "KpiTimelineView.fxml", texts));
    }

    public static Parent create(ScreenContext context, Long accountId) {
        KpiTimelineViewModel model = new KpiTimelineViewModel(context.services().kpis(), context.services().plans(),
                context.background(), context.texts(), accountId);
        KpiTimelineView view = new KpiTimelineView(model, context);
        model.refresh();
        return org.kamworkbench.ui.common.Refreshable.mark(view.root, model::refresh);
    }

    @FXML
    private void initialize() {
        fromBox.setItems(model.years());
        toBox.setItems(model.years());
        fromBox.valueProperty().bindBidirectional(model.fromYearProperty());
        toBox.valueProperty().bindBidirectional(model.toYearProperty());
        model.series().addListener((ListChangeListener<KpiSeries>) c -> rebuildCharts());
        notesLabel.textProperty().bind(model.notesProperty());
        notesLabel.managedProperty().bind(model.notesProperty().isNotEmpty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.managedProperty().bind(model.messageProperty().isNotEmpty());
        entryKpi.setItems(model.definitions());
        entryKpi.valueProperty().bindBidirectional(model.entryKpiProperty());
        Cols.choice(entryKpi, KpiDefinition::name, texts.get("plans.kpi"));
        entryPeriod.textProperty().bindBidirectional(model.entryPeriodProperty());
        entryTarget.textProperty().bindBidirectional(model.entryTargetProperty());
        entryActual.textProperty().bindBidirectional(model.entryActualProperty());
        entryComment.textProperty().bindBidirectional(model.entryCommentProperty());
        entryActual.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.entryKpiProperty().get() != null && model.entryKpiProperty().get().source().computed(),
                model.entryKpiProperty()));
        kpiName.textProperty().bindBidirectional(model.kpiNameProperty());
        kpiUnit.textProperty().bindBidirectional(model.kpiUnitProperty());
        choice(kpiDirection, KpiDirection.values());
        kpiDirection.valueProperty().bindBidirectional(model.kpiDirectionProperty());
        choice(kpiFrequency, KpiFrequency.values());
        kpiFrequency.valueProperty().bindBidirectional(model.kpiFrequencyProperty());
        choice(kpiSource, KpiSource.values());
        kpiSource.valueProperty().bindBidirectional(model.kpiSourceProperty());
        kpiBaseline.textProperty().bindBidirectional(model.kpiBaselineProperty());
        spendYear.textProperty().bindBidirectional(model.spendYearProperty());
        spendAmount.textProperty().bindBidirectional(model.spendAmountProperty());
        rebuildCharts();
    }

    private <E extends Enum<E>> void choice(ComboBox<E> box, E[] values) {
        box.getItems().setAll(values);
        box.setConverter(EnumText.converter(texts));
    }

    private void rebuildCharts() {
        chartsBox.getChildren().clear();
        if (model.series().isEmpty()) {
            Label empty = new Label(texts.get("kpis.none"));
            empty.getStyleClass().add("empty-text");
            chartsBox.getChildren().add(empty);
            return;
        }
        for (KpiSeries s : model.series()) {
            TimelineChart chart = new TimelineChart(s, model.milestones(), model.from(), model.to(), texts);
            chart.setPrefHeight(300);
            String unit = s.kpi().unit() == null || s.kpi().unit().isEmpty() ? "" : " (" + s.kpi().unit() + ")";
            ChartCard card = new ChartCard(texts.format("kpis.chartTitle", s.kpi().name() + unit,
                    EnumText.of(texts, s.kpi().source()), EnumText.of(texts, s.kpi().direction())), chart, context);
            card.getStyleClass().add("kpi-card");
            chartsBox.getChildren().add(card);
        }
    }

    @FXML
    private void saveEntry() {
        model.saveEntry();
    }

    @FXML
    private void addKpi() {
        model.addKpi();
    }

    @FXML
    private void saveSpend() {
        model.saveSpend();
    }
}
