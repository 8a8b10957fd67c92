package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The KAM portfolio matrix: one bubble per scored account at x = our strength, y = attractiveness
 * (both 0–100), its area proportional to revenue, coloured by quadrant or ABC class through CSS
 * classes, with the quadrant lines at the cut. Bubbles carry {@code id = "bubble-<externalId>"}; hovering
 * shows the details, a click hands the row to {@link #setOnOpen}. Bubbles are laid out on every resize.
 */
public final class MatrixChart extends Region {
    private static final double LEFT = 56;
    private static final double RIGHT = 32;
    private static final double TOP = 30;
    private static final double BOTTOM = 44;
    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 28;

    private final Group grid = new Group();
    private final Group bubbles = new Group();
    private final Line cutX = new Line();
    private final Line cutY = new Line();
    private final List<Label> quadrantLabels = new ArrayList<>();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();
    private final Label hoverLabel = new Label();
    private final List<Label> ticks = new ArrayList<>();
    private List<ScoreRow> rows = List.of();
    private double cut = 50;
    private boolean byAbc;
    private Function<ScoreRow, String> hoverText = r -> r.account().name();
    private Consumer<ScoreRow> onOpen = r -> { };

    public MatrixChart() {
        getStyleClass().add("matrix-chart");
        cutX.getStyleClass().add("matrix-cut");
        cutY.getStyleClass().add("matrix-cut");
        xTitle.getStyleClass().add("matrix-axis-title");
        yTitle.getStyleClass().add("matrix-axis-title");
        yTitle.setRotate(-90);
        for (int i = 0; i < 4; i++) {
            Label l = new Label();
            l.getStyleClass().add("matrix-quadrant-label");
            l.setMouseTransparent(true);
            quadrantLabels.add(l);
        }
        for (int v = 0; v <= 100; v += 25) {
            Label x = new Label(String.valueOf(v));
            Label y = new Label(String.valueOf(v));
            x.getStyleClass().add("matrix-tick");
            y.getStyleClass().add("matrix-tick");
            ticks.add(x);
            ticks.add(y);
        }
        getChildren().add(grid);
        getChildren().addAll(ticks);
        getChildren().addAll(cutX, cutY, xTitle, yTitle);
        getChildren().add(bubbles);
        getChildren().addAll(quadrantLabels); // in front of the bubbles, so a big bubble never hides a name
        hoverLabel.getStyleClass().add("matrix-hover");
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setVisible(false);
        hoverLabel.setManaged(false);
        getChildren().add(hoverLabel);
        setMinSize(320, 260);
        setPrefSize(640, 480);
    }

    /** Axis titles and quadrant names (Strategic, Development, Maintain, Opportunistic). */
    public void setTexts(String xAxis, String yAxis, List<String> quadrants) {
        xTitle.setText(xAxis);
        yTitle.setText(yAxis);
        for (int i = 0; i < 4; i++) {
            quadrantLabels.get(i).setText(quadrants.get(i));
        }
    }

    public void setHoverText(Function<ScoreRow, String> text) {
        this.hoverText = text;
    }

    public void setOnOpen(Consumer<ScoreRow> open) {
        this.onOpen = open;
    }

    /**
     * Shows the rows. Bubbles are kept per account and only moved, resized and recoloured when the
     * same accounts come back (every move of a weight slider), so that live re-scoring stays smooth.
     */
    public void show(List<ScoreRow> scored, double quadrantCut, boolean colourByAbc) {
        this.rows = List.copyOf(scored);
        this.cut = quadrantCut;
        this.byAbc = colourByAbc;
        double maxRevenue = rows.stream().mapToDouble(r -> Math.max(0, r.revenue().doubleValue())).max().orElse(0);
        Map<String, Circle> kept = new HashMap<>();
        for (var node : bubbles.getChildren()) {
            kept.put(node.getId(), (Circle) node);
        }
        // largest first, so that small bubbles stay on top and clickable
        List<ScoreRow> bySize = new ArrayList<>(rows);
        bySize.sort((a, b) -> b.revenue().compareTo(a.revenue()));
        List<Circle> circles = new ArrayList<>(rows.size());
        for (ScoreRow row : bySize) {
            String id = "bubble-" + row.account().externalId();
            Circle c = kept.get(id);
            if (c == null) {
                c = new Circle();
                c.setId(id);
                c.getStyleClass().add("matrix-bubble");
                Circle bubble = c;
                c.setOnMouseEntered(e -> hover((ScoreRow) bubble.getUserData(), bubble));
                c.setOnMouseExited(e -> hoverLabel.setVisible(false));
                c.setOnMouseClicked(e -> onOpen.accept((ScoreRow) bubble.getUserData()));
            }
            c.setUserData(row);
            c.setRadius(radius(row.revenue().doubleValue(), maxRevenue));
            String colour = colourClass(row);
            if (!c.getStyleClass().contains(colour)) {
                c.getStyleClass().setAll("matrix-bubble", colour);
            }
            circles.add(c);
        }
        bubbles.getChildren().setAll(circles);
        hoverLabel.setVisible(false);
        requestLayout();
    }

    /** The hover details beside the bubble: one label for the whole chart, cheaper than a tooltip per bubble. */
    private void hover(ScoreRow row, Circle bubble) {
        hoverLabel.setText(hoverText.apply(row));
        hoverLabel.autosize();
        double x = bubble.getCenterX() + bubble.getRadius() + 8;
        double y = bubble.getCenterY() - hoverLabel.getHeight() / 2;
        if (x + hoverLabel.getWidth() > getWidth()) {
            x = bubble.getCenterX() - bubble.getRadius() - 8 - hoverLabel.getWidth();
        }
        hoverLabel.relocate(Math.max(0, x), Math.max(0, Math.min(y, getHeight() - hoverLabel.getHeight())));
        hoverLabel.setVisible(true);
        hoverLabel.toFront();
    }

    private String colourClass(ScoreRow row) {
        if (byAbc) {
            return row.abcClass().isEmpty() ? "abc-none" : "abc-" + row.abcClass().toLowerCase();
        }
        return "quadrant-" + row.quadrant().name().toLowerCase();
    }

    /** Area ∝ revenue: radius ∝ √revenue, between a visible minimum and a readable maximum. */
    private static double radius(double revenue, double maxRevenue) {
        if (maxRevenue <= 0 || revenue <= 0) {
            return MIN_RADIUS;
        }
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(revenue / maxRevenue);
    }

    /** The x (in this chart's coordinates) of a strength score. */
    public double xOf(double strength) {
        return LEFT + (getWidth() - LEFT - RIGHT) * strength / 100;
    }

    /** The y of an attractiveness score. */
    public double yOf(double attractiveness) {
        return TOP + (getHeight() - TOP - BOTTOM) * (1 - attractiveness / 100);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        grid.getChildren().clear();
        int t = 0;
        for (int v = 0; v <= 100; v += 25) {
            Line vertical = new Line(xOf(v), yOf(0), xOf(v), yOf(100));
            Line horizontal = new Line(xOf(0), yOf(v), xOf(100), yOf(v));
            vertical.getStyleClass().add("matrix-grid");
            horizontal.getStyleClass().add("matrix-grid");
            grid.getChildren().addAll(vertical, horizontal);
            vertical.applyCss(); // styled now: lines made during layout would wait for the next pulse, black
            horizontal.applyCss();
            Label x = ticks.get(t++);
            Label y = ticks.get(t++);
            x.autosize();
            y.autosize();
            x.relocate(xOf(v) - x.getWidth() / 2, yOf(0) + 4);
            y.relocate(LEFT - y.getWidth() - 6, yOf(v) - y.getHeight() / 2);
        }
        cutX.setStartX(xOf(cut));
        cutX.setEndX(xOf(cut));
        cutX.setStartY(yOf(0));
        cutX.setEndY(yOf(100));
        cutY.setStartX(xOf(0));
        cutY.setEndX(xOf(100));
        cutY.setStartY(yOf(cut));
        cutY.setEndY(yOf(cut));
        xTitle.autosize();
        xTitle.relocate(LEFT + (w - LEFT - RIGHT - xTitle.getWidth()) / 2, h - xTitle.getHeight() - 2);
        yTitle.autosize();
        yTitle.relocate(4 - yTitle.getWidth() / 2 + yTitle.getHeight() / 2, TOP + (h - TOP - BOTTOM) / 2
                - yTitle.getHeight() / 2);
        // Strategic top right, Development top left, Maintain bottom right, Opportunistic bottom left
        placeLabel(quadrantLabels.get(0), xOf(100) - 6, yOf(100) + 4, true, false);
        placeLabel(quadrantLabels.get(1), xOf(0) + 6, yOf(100) + 4, false, false);
        placeLabel(quadrantLabels.get(2), xOf(100) - 6, yOf(0) - 4, true, true);
        placeLabel(quadrantLabels.get(3), xOf(0) + 6, yOf(0) - 4, false, true);
        for (var node : bubbles.getChildren()) {
            Circle c = (Circle) node;
            ScoreRow row = (ScoreRow) c.getUserData();
            c.setCenterX(xOf(row.strength()));
            c.setCenterY(yOf(row.attractiveness()));
        }
    }

    /** A quadrant's name in its corner, whole; {@code above} puts its bottom edge at {@code y} (clear of the ticks). */
    private static void placeLabel(Label label, double x, double y, boolean alignRight, boolean above) {
        label.autosize();
        label.relocate(alignRight ? x - label.getWidth() : x, above ? y - label.getHeight() : y);
    }

    /** The bubbles shown, for tests and exports. */
    public List<ScoreRow> rows() {
        return rows;
    }
}
