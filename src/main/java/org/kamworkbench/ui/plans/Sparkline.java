package org.kamworkbench.ui.plans;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import org.kamworkbench.service.kpi.KpiPoint;

/** A small trend for a table row: the actuals as a line, the targets dashed, the last actual in its status colour. */
final class Sparkline extends Pane {
    private static final double WIDTH = 130;
    private static final double HEIGHT = 30;
    private static final double PAD = 4;

    Sparkline(List<KpiPoint> all) {
        List<KpiPoint> points = all.stream().filter(p -> p.actual() != null || p.target() != null).toList();
        getStyleClass().add("sparkline");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (KpiPoint p : points) {
            for (java.math.BigDecimal v : new java.math.BigDecimal[] {p.actual(), p.target()}) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min > max || points.isEmpty()) {
            return;
        }
        double span = max - min == 0 ? 1 : max - min;
        double step = points.size() == 1 ? 0 : (WIDTH - 2 * PAD) / (points.size() - 1);
        Polyline actual = new Polyline();
        actual.getStyleClass().add("sparkline-actual");
        Polyline target = new Polyline();
        target.getStyleClass().add("sparkline-target");
        List<Double> last = new ArrayList<>();
        KpiPoint lastPoint = null;
        for (int i = 0; i < points.size(); i++) {
            KpiPoint p = points.get(i);
            double x = PAD + i * step;
            if (p.target() != null) {
                target.getPoints().addAll(x, y(p.target().doubleValue(), min, span));
            }
            if (p.actual() != null) {
                double y = y(p.actual().doubleValue(), min, span);
                actual.getPoints().addAll(x, y);
                last = List.of(x, y);
                lastPoint = p;
            }
        }
        getChildren().addAll(target, actual);
        if (lastPoint != null) {
            Circle dot = new Circle(last.get(0), last.get(1), 3.5);
            dot.getStyleClass().addAll("sparkline-dot", TimelineChart.statusClass(lastPoint.status()));
            getChildren().add(dot);
        }
    }

    private static double y(double value, double min, double span) {
        return HEIGHT - PAD - (value - min) / span * (HEIGHT - 2 * PAD);
    }
}
