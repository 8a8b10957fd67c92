package org.kamworkbench.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as a list of drawing primitives in its own pixel space (origin top left): what our headless
 * chart writer produces once, and {@link SvgCharts} (HTML) and {@link PdfCharts} (PDF) both draw.
 * Colours are CSS hex strings ({@code #3b6fc4}); opacity 0–1.
 */
public final class ChartCanvas {
    /** Text anchors, as SVG names them. */
    public enum Anchor { START, MIDDLE, END }

    /** One primitive. */
    public sealed interface Shape permits Rect, Line, Polyline, Circle, Text {
    }

    public record Rect(double x, double y, double w, double h, String fill, double opacity, String stroke)
            implements Shape {
    }

    public record Line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed)
            implements Shape {
    }

    public record Polyline(double[] points, String stroke, double width) implements Shape {
    }

    public record Circle(double cx, double cy, double r, String fill, double opacity, String stroke) implements Shape {
    }

    /** @param rotate degrees, counter-clockwise text (e.g. -90 for a vertical axis title) */
    public record Text(double x, double y, String text, double size, String fill, Anchor anchor, boolean bold,
                       double rotate) implements Shape {
    }

    private final double width;
    private final double height;
    private final String title;
    private final List<Shape> shapes = new ArrayList<>();

    /** @param title what the chart shows, for screen readers (SVG title) */
    public ChartCanvas(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public String title() {
        return title;
    }

    public List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    public ChartCanvas rect(double x, double y, double w, double h, String fill, double opacity) {
        shapes.add(new Rect(x, y, w, h, fill, opacity, null));
        return this;
    }

    public ChartCanvas frame(double x, double y, double w, double h, String fill, String stroke) {
        shapes.add(new Rect(x, y, w, h, fill, 1, stroke));
        return this;
    }

    public ChartCanvas line(double x1, double y1, double x2, double y2, String stroke, double width) {
        shapes.add(new Line(x1, y1, x2, y2, stroke, width, false));
        return this;
    }

    public ChartCanvas dashed(double x1, double y1, double x2, double y2, String stroke, double width) {
        shapes.add(new Line(x1, y1, x2, y2, stroke, width, true));
        return this;
    }

    /** @param points x0, y0, x1, y1, ... */
    public ChartCanvas polyline(double[] points, String stroke, double width) {
        shapes.add(new Polyline(points.clone(), stroke, width));
        return this;
    }

    public ChartCanvas circle(double cx, double cy, double r, String fill, double opacity, String stroke) {
        shapes.add(new Circle(cx, cy, r, fill, opacity, stroke));
        return this;
    }

    public ChartCanvas text(double x, double y, String text, double size, String fill, Anchor anchor) {
        shapes.add(new Text(x, y, text, size, fill, anchor, false, 0));
        return this;
    }

    public ChartCanvas boldText(double x, double y, String text, double size, String fill, Anchor anchor) {
        shapes.add(new Text(x, y, text, size, fill, anchor, true, 0));
        return this;
    }

    public ChartCanvas verticalText(double x, double y, String text, double size, String fill) {
        shapes.add(new Text(x, y, text, size, fill, Anchor.MIDDLE, false, -90));
        return this;
    }
}
