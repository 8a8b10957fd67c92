package org.kamworkbench.io.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.io.report.ChartCanvas.Anchor;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.report.PortfolioReview.Bubble;
import org.kamworkbench.service.report.PortfolioReview.CurvePoint;
import org.kamworkbench.service.report.PortfolioReview.Matrix;

/**
 * The report charts, drawn headless as {@link ChartCanvas} primitives in the screen's colours (the
 * Pareto chart's bars, line, 80 % reference and A/B/C bands; the KPI status colours; the matrix's
 * quadrant colours), always on a light background.
 */
final class ReportCharts {
    static final String INK = "#1f2328";
    static final String MUTED = "#57606a";
    static final String GRID = "#d0d7de";
    static final String BAR = "#3b6fc4";
    static final String LINE = "#e8740c";
    static final String REFERENCE = "#c0392b";
    static final String[] BANDS = {"#2e9e5b", "#e0b400", "#8a8f98"};
    static final double[] BAND_OPACITY = {0.14, 0.16, 0.14};

    private ReportCharts() {
    }

    static String statusColor(KpiStatus status) {
        if (status == null) {
            return "#8c959f";
        }
        return switch (status) {
            case ON_TRACK -> "#2e7d32";
            case AT_RISK -> "#f9a825";
            case OFF_TRACK -> "#c62828";
        };
    }

    static String quadrantColor(Quadrant quadrant) {
        return switch (quadrant) {
            case STRATEGIC -> "#0969da";
            case DEVELOPMENT -> "#1f883d";
            case MAINTAIN -> "#9a6700";
            case OPPORTUNISTIC -> "#6e7781";
        };
    }

    /** Pareto: bars of revenue by rank (left axis), cumulative share line (right axis), A/B/C bands. */
    static ChartCanvas pareto(List<CurvePoint> curve, int accounts, ReportText text) {
        double w = 960;
        double h = 330;
        double left = 70;
        double right = 50;
        double top = 24;
        double bottom = 48;
        double pw = w - left - right;
        double ph = h - top - bottom;
        ChartCanvas c = new ChartCanvas(w, h, text.t("chart.pareto.title"));
        c.frame(0, 0, w, h, "#ffffff", null);
        if (curve.isEmpty()) {
            c.text(w / 2, h / 2, text.t("chart.empty"), 13, MUTED, Anchor.MIDDLE);
            return c;
        }
        // bands behind everything, labelled at their top
        int start = 0;
        for (int i = 1; i <= curve.size(); i++) {
            if (i == curve.size() || curve.get(i).classIndex() != curve.get(start).classIndex()) {
                int cls = curve.get(start).classIndex();
                double x0 = left + pw * (start == 0 ? 0 : curve.get(start - 1).lastRank()) / accounts;
                double x1 = left + pw * curve.get(i - 1).lastRank() / accounts;
                c.rect(x0, top, x1 - x0, ph, BANDS[cls % BANDS.length], BAND_OPACITY[cls % BANDS.length]);
                c.boldText((x0 + x1) / 2, top + 14, String.valueOf((char) ('A' + cls)), 12, INK, Anchor.MIDDLE);
                start = i;
            }
        }
        double max = curve.get(0).topRevenue();
        for (int g = 0; g <= 4; g++) {
            double y = top + ph - ph * g / 4;
            c.line(left, y, left + pw, y, GRID, 0.6);
            c.text(left - 6, y + 4, text.compact(max * g / 4), 10, MUTED, Anchor.END);
            c.text(left + pw + 6, y + 4, text.percent(g / 4.0), 10, MUTED, Anchor.START);
        }
        double bw = pw / curve.size();
        for (int i = 0; i < curve.size(); i++) {
            double bh = max <= 0 ? 0 : ph * curve.get(i).topRevenue() / max;
            c.rect(left + i * bw + bw * 0.1, top + ph - bh, bw * 0.8, bh, BAR, 1);
        }
        double y80 = top + ph * 0.2;
        c.dashed(left, y80, left + pw, y80, REFERENCE, 1.2);
        c.text(left + pw - 4, y80 - 4, "80 %", 10, REFERENCE, Anchor.END);
        double[] line = new double[curve.size() * 2 + 2];
        line[0] = left;
        line[1] = top + ph;
        for (int i = 0; i < curve.size(); i++) {
            line[2 * i + 2] = left + pw * curve.get(i).lastRank() / accounts;
            line[2 * i + 3] = top + ph - ph * curve.get(i).cumulativeShare();
        }
        c.polyline(line, LINE, 2.2);
        c.line(left, top + ph, left + pw, top + ph, INK, 1);
        for (int g = 0; g <= 10; g += 2) {
            double x = left + pw * g / 10;
            c.text(x, top + ph + 16, text.percent(g / 10.0), 10, MUTED, Anchor.MIDDLE);
        }
        c.text(left + pw / 2, h - 10, text.t("chart.pareto.x"), 11, INK, Anchor.MIDDLE);
        c.verticalText(14, top + ph / 2, text.t("chart.pareto.y"), 11, INK);
        return c;
    }

    /** A KPI over its periods: target as a dashed line, actuals as a line with status-coloured markers. */
    static ChartCanvas kpi(KpiSeries series, ReportText text) {
        double w = 640;
        double h = 200;
        double left = 64;
        double right = 16;
        double top = 16;
        double bottom = 40;
        double pw = w - left - right;
        double ph = h - top - bottom;
        ChartCanvas c = new ChartCanvas(w, h, text.t("chart.kpi.title", series.kpi().name()));
        c.frame(0, 0, w, h, "#ffffff", null);
        List<KpiPoint> points = series.points();
        if (points.isEmpty()) {
            c.text(w / 2, h / 2, text.t("chart.empty"), 12, MUTED, Anchor.MIDDLE);
            return c;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (KpiPoint p : points) {
            for (BigDecimal v : new BigDecimal[] {p.target(), p.actual()}) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        min = Math.min(0, min);
        if (max <= min) {
            max = min + 1;
        }
        max = max + (max - min) * 0.08;
        for (int g = 0; g <= 4; g++) {
            double y = top + ph - ph * g / 4;
            c.line(left, y, left + pw, y, GRID, 0.6);
            c.text(left - 6, y + 4, text.compact(min + (max - min) * g / 4), 10, MUTED, Anchor.END);
        }
        double step = pw / points.size();
        List<Double> target = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            KpiPoint p = points.get(i);
            double x = left + step * (i + 0.5);
            c.text(x, top + ph + 16, p.period().toString(), 9.5, MUTED, Anchor.MIDDLE);
            if (p.target() != null) {
                target.add(x);
                target.add(y(p.target(), min, max, top, ph));
            }
            if (p.actual() != null) {
                actual.add(x);
                actual.add(y(p.actual(), min, max, top, ph));
            }
        }
        for (int i = 0; i + 3 < target.size(); i += 2) {
            c.dashed(target.get(i), target.get(i + 1), target.get(i + 2), target.get(i + 3), MUTED, 1.4);
        }
        for (int i = 0; i + 1 < target.size(); i += 2) {
            c.line(target.get(i) - step * 0.3, target.get(i + 1), target.get(i) + step * 0.3, target.get(i + 1),
                    MUTED, 2);
        }
        if (actual.size() >= 4) {
            polyline(c, actual, BAR, 2);
        }
        for (int i = 0; i < points.size(); i++) {
            KpiPoint p = points.get(i);
            if (p.actual() != null) {
                c.circle(left + step * (i + 0.5), y(p.actual(), min, max, top, ph), 5, statusColor(p.status()), 1,
                        "#ffffff");
            }
        }
        c.line(left, top + ph, left + pw, top + ph, INK, 1);
        c.line(left + 4, h - 8, left + 24, h - 8, MUTED, 2);
        c.text(left + 28, h - 4, text.t("chart.kpi.target"), 10, INK, Anchor.START);
        c.line(left + 124, h - 8, left + 144, h - 8, BAR, 2);
        c.text(left + 148, h - 4, text.t("chart.kpi.actual"), 10, INK, Anchor.START);
        return c;
    }

    private static void polyline(ChartCanvas c, List<Double> xy, String color, double width) {
        double[] pts = new double[xy.size()];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = xy.get(i);
        }
        c.polyline(pts, color, width);
    }

    private static double y(BigDecimal value, double min, double max, double top, double ph) {
        return top + ph - ph * (value.doubleValue() - min) / (max - min);
    }

    /** The KAM portfolio matrix: attractiveness up, our strength across, bubble area ∝ revenue. */
    static ChartCanvas matrix(Matrix matrix, ReportText text) {
        double w = 580;
        double h = 430;
        double left = 56;
        double top = 16;
        double size = 360;
        ChartCanvas c = new ChartCanvas(w, h, text.t("chart.matrix.title"));
        c.frame(0, 0, w, h, "#ffffff", null);
        double cut = matrix.cut() / 100;
        double cx = left + size * cut;
        double cy = top + size - size * cut;
        c.rect(left, top, cx - left, cy - top, quadrantColor(Quadrant.DEVELOPMENT), 0.06);
        c.rect(cx, top, left + size - cx, cy - top, quadrantColor(Quadrant.STRATEGIC), 0.08);
        c.rect(left, cy, cx - left, top + size - cy, quadrantColor(Quadrant.OPPORTUNISTIC), 0.06);
        c.rect(cx, cy, left + size - cx, top + size - cy, quadrantColor(Quadrant.MAINTAIN), 0.06);
        c.frame(left, top, size, size, null, GRID);
        c.line(cx, top, cx, top + size, MUTED, 1);
        c.line(left, cy, left + size, cy, MUTED, 1);
        c.boldText(left + size - 6, top + 14, text.of(Quadrant.STRATEGIC), 11, quadrantColor(Quadrant.STRATEGIC),
                Anchor.END);
        c.boldText(left + 6, top + 14, text.of(Quadrant.DEVELOPMENT), 11, quadrantColor(Quadrant.DEVELOPMENT),
                Anchor.START);
        c.boldText(left + size - 6, top + size - 6, text.of(Quadrant.MAINTAIN), 11,
                quadrantColor(Quadrant.MAINTAIN), Anchor.END);
        c.boldText(left + 6, top + size - 6, text.of(Quadrant.OPPORTUNISTIC), 11,
                quadrantColor(Quadrant.OPPORTUNISTIC), Anchor.START);
        double maxRevenue = matrix.bubbles().stream().mapToDouble(Bubble::revenue).max().orElse(1);
        List<Bubble> named = new ArrayList<>();
        for (Bubble b : matrix.bubbles()) {
            double r = 3 + 15 * Math.sqrt(Math.max(0, b.revenue()) / Math.max(1e-9, maxRevenue));
            c.circle(left + size * b.strength() / 100, top + size - size * b.attractiveness() / 100, r,
                    quadrantColor(b.quadrant()), 0.45, quadrantColor(b.quadrant()));
            if (b.named()) {
                named.add(b);
            }
        }
        // names beside the plot, joined to their bubbles, so they never overlap each other
        double ly = top + 10;
        double step = Math.min(28, (size - 10) / Math.max(1, named.size()));
        for (Bubble b : named) {
            double bx = left + size * b.strength() / 100;
            double by = top + size - size * b.attractiveness() / 100;
            c.line(bx, by, left + size + 10, ly - 4, GRID, 0.8);
            c.text(left + size + 14, ly, shorten(b.name(), 24), 10, INK, Anchor.START);
            ly += step;
        }
        for (int g = 0; g <= 4; g++) {
            c.text(left + size * g / 4, top + size + 14, String.valueOf(25 * g), 10, MUTED, Anchor.MIDDLE);
            c.text(left - 6, top + size - size * g / 4 + 4, String.valueOf(25 * g), 10, MUTED, Anchor.END);
        }
        c.text(left + size / 2, top + size + 34, text.t("chart.matrix.x"), 11, INK, Anchor.MIDDLE);
        c.verticalText(16, top + size / 2, text.t("chart.matrix.y"), 11, INK);
        return c;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
