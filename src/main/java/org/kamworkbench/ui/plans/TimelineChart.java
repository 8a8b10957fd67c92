package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.ui.common.Texts;

/**
 * One KPI over time: the actuals against the targets and the baseline, each actual marked in its
 * status colour, and milestones (objectives due, actions completed) as labelled vertical lines on the
 * same date axis.
 * The x axis counts days (epoch days); a period is placed at its middle.
 */
final class TimelineChart extends LineChart<Number, Number> {
    private static final String CLASSES = "kam.markerClasses";

    private final List<Node> milestoneNodes = new ArrayList<>();
    private final List<Milestone> milestones;

    TimelineChart(KpiSeries series, List<Milestone> milestones, LocalDate from, LocalDate to, Texts texts) {
        super(dateAxis(from, to), new NumberAxis());
        this.milestones = List.copyOf(milestones);
        getStyleClass().add("kpi-timeline");
        setAnimated(false);
        setCreateSymbols(true);
        // from zero: a 59 250–60 750 sliver would make a 2 % miss look like a collapse
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(true);
        java.text.NumberFormat grouped = java.text.NumberFormat.getNumberInstance(texts.locale());
        grouped.setMaximumFractionDigits(2);
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return grouped.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        XYChart.Series<Number, Number> actual = new XYChart.Series<>();
        actual.setName(texts.get("kpis.actual"));
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        target.setName(texts.get("kpis.target"));
        for (KpiPoint p : series.points()) {
            double x = middle(p.period().start(), p.period().end());
            if (p.target() != null) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(x, p.target().doubleValue());
                d.setNode(marker("target-marker", texts.format("kpis.tip.target", p.period().toString(),
                        texts.decimal(p.target()))));
                target.getData().add(d);
            }
            if (p.actual() != null) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(x, p.actual().doubleValue());
                d.setNode(marker(statusClass(p.status()), texts.format("kpis.tip.actual", p.period().toString(),
                        texts.decimal(p.actual()), p.status() == null ? texts.get("kpis.noTarget")
                                : EnumText.of(texts, p.status()))));
                actual.getData().add(d);
            }
        }
        List<XYChart.Series<Number, Number>> all = new java.util.ArrayList<>(List.of(actual, target));
        if (series.kpi().baseline() != null) {
            all.add(baseline(series.kpi().baseline(), from, to, texts));
        }
        setData(FXCollections.observableArrayList(all));
        // the chart replaces a symbol's style classes when it adds the data: ours go on afterwards
        for (XYChart.Series<Number, Number> s : getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                d.getNode().getStyleClass().addAll((String[]) d.getNode().getProperties().get(CLASSES));
            }
        }
        for (Milestone m : this.milestones) {
            Line line = new Line();
            line.getStyleClass().addAll("milestone-line", "milestone-" + m.kind().name().toLowerCase());
            Text label = new Text(m.label());
            label.getStyleClass().addAll("milestone-label", "milestone-" + m.kind().name().toLowerCase());
            milestoneNodes.add(line);
            milestoneNodes.add(label);
        }
        getPlotChildren().addAll(milestoneNodes);
    }

    /** Where the KPI started, across the whole range: what the actuals are to be read against. */
    private static XYChart.Series<Number, Number> baseline(java.math.BigDecimal value, LocalDate from, LocalDate to,
                                                           Texts texts) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(texts.format("kpis.baselineOf", texts.decimal(value)));
        String tip = texts.format("kpis.tip.baseline", texts.decimal(value));
        for (LocalDate end : List.of(from, to)) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(end.toEpochDay(), value.doubleValue());
            d.setNode(marker("baseline-marker", tip));
            line.getData().add(d);
        }
        return line;
    }

    static String statusClass(KpiStatus status) {
        return status == null ? "status-none" : "status-" + status.name().toLowerCase().replace('_', '-');
    }

    private static Region marker(String styleClass, String tip) {
        Region r = new Region();
        r.getProperties().put(CLASSES, new String[] {"kpi-marker", styleClass});
        Tooltip.install(r, new Tooltip(tip));
        return r;
    }

    private static double middle(LocalDate start, LocalDate end) {
        return (start.toEpochDay() + end.toEpochDay()) / 2.0;
    }

    private static NumberAxis dateAxis(LocalDate from, LocalDate to) {
        double lower = from.toEpochDay();
        double upper = to.toEpochDay();
        NumberAxis axis = new NumberAxis(lower, upper, Math.max(28, Math.round((upper - lower) / 8 / 30.44) * 30.44));
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                LocalDate d = LocalDate.ofEpochDay(Math.round(n.doubleValue()));
                return String.format("%d-%02d", d.getYear(), d.getMonthValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            double px = x.getDisplayPosition(m.date().toEpochDay());
            Line line = (Line) milestoneNodes.get(2 * i);
            Text label = (Text) milestoneNodes.get(2 * i + 1);
            boolean inside = m.date().toEpochDay() >= x.getLowerBound() && m.date().toEpochDay() <= x.getUpperBound();
            line.setVisible(inside);
            label.setVisible(inside);
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(0);
            line.setEndY(height);
            label.setX(px + 3);
            // stagger labels so that milestones close together stay readable
            label.setY(14 + (i % 4) * 15);
            line.toFront();
            label.toFront();
        }
    }
}
