package org.kamworkbench.io.report;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.io.report.ChartCanvas.Anchor;
import org.kamworkbench.service.report.PlanReport.StakeholderLine;

/**
 * The stakeholder map as the account page draws it: a card per person under the person they report
 * to, filled by attitude (green champion to red opponent), bordered by relationship strength.
 */
final class OrgChartDrawing {
    private static final double CARD_W = 132;
    private static final double CARD_H = 46;
    private static final double GAP_X = 12;
    private static final double GAP_Y = 26;

    private OrgChartDrawing() {
    }

    static String attitudeColor(Attitude attitude) {
        return switch (attitude) {
            case CHAMPION -> "#b7ebc6";
            case SUPPORTER -> "#dcf5e3";
            case NEUTRAL -> "#eceff3";
            case SCEPTIC -> "#ffe7c2";
            case OPPONENT -> "#ffc9c9";
        };
    }

    private static String relationshipColor(RelationshipStrength strength) {
        if (strength == null) {
            return "#8c959f";
        }
        return switch (strength) {
            case STRONG -> "#1a7f37";
            case GOOD -> "#2da44e";
            case WEAK -> "#bf8700";
            case NONE -> "#8c959f";
        };
    }

    /** @param people depth-first, as {@link StakeholderLine#depth()} describes the tree */
    static ChartCanvas draw(List<StakeholderLine> people, ReportText text) {
        int n = people.size();
        int[] leaves = new int[n];
        int[] parent = new int[n];
        int maxDepth = 0;
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int depth = people.get(i).depth();
            while (stack.size() > depth) {
                stack.remove(stack.size() - 1);
            }
            parent[i] = stack.isEmpty() ? -1 : stack.get(stack.size() - 1);
            stack.add(i);
            maxDepth = Math.max(maxDepth, depth);
        }
        int[] childLeaves = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            leaves[i] = childLeaves[i] == 0 ? 1 : childLeaves[i];
            if (parent[i] >= 0) {
                childLeaves[parent[i]] += leaves[i];
            }
        }
        double[] x = new double[n];
        double cursor = 0;
        int[] firstLeaf = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) {
                firstLeaf[i] = (int) cursor;
                cursor += leaves[i];
            }
        }
        int[] used = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                firstLeaf[i] = firstLeaf[parent[i]] + used[parent[i]];
                used[parent[i]] += leaves[i];
            }
            x[i] = (firstLeaf[i] + leaves[i] / 2.0) * (CARD_W + GAP_X);
        }
        double width = Math.max(300, cursor * (CARD_W + GAP_X));
        double height = (maxDepth + 1) * (CARD_H + GAP_Y) + 8;
        ChartCanvas c = new ChartCanvas(width, height, text.t("chart.orgchart.title"));
        c.frame(0, 0, width, height, "#ffffff", null);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                int p = parent[i];
                double py = people.get(p).depth() * (CARD_H + GAP_Y) + 4 + CARD_H;
                double cy = people.get(i).depth() * (CARD_H + GAP_Y) + 4;
                c.line(x[p], py, x[p], py + GAP_Y / 2, "#8c959f", 1);
                c.line(x[p], py + GAP_Y / 2, x[i], py + GAP_Y / 2, "#8c959f", 1);
                c.line(x[i], py + GAP_Y / 2, x[i], cy, "#8c959f", 1);
            }
        }
        for (int i = 0; i < n; i++) {
            StakeholderLine s = people.get(i);
            double left = x[i] - CARD_W / 2;
            double top = s.depth() * (CARD_H + GAP_Y) + 4;
            c.frame(left, top, CARD_W, CARD_H, s.attitude() == null ? "#ffffff" : attitudeColor(s.attitude()),
                    relationshipColor(s.relationship()));
            c.boldText(x[i], top + 15, ReportCharts.shorten(s.name(), 20), 10, ReportCharts.INK, Anchor.MIDDLE);
            c.text(x[i], top + 28, ReportCharts.shorten(s.title() == null ? "" : s.title(), 24), 8.5,
                    ReportCharts.MUTED, Anchor.MIDDLE);
            if (s.role() != null) {
                c.text(x[i], top + 40, ReportCharts.shorten(text.of(s.role()), 24), 8.5, ReportCharts.INK,
                        Anchor.MIDDLE);
            }
        }
        return c;
    }
}
