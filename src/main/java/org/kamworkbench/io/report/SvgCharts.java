package org.kamworkbench.io.report;

import java.util.Locale;
import org.kamworkbench.io.report.ChartCanvas.Circle;
import org.kamworkbench.io.report.ChartCanvas.Line;
import org.kamworkbench.io.report.ChartCanvas.Polyline;
import org.kamworkbench.io.report.ChartCanvas.Rect;
import org.kamworkbench.io.report.ChartCanvas.Shape;
import org.kamworkbench.io.report.ChartCanvas.Text;

/** Writes a chart as inline SVG (vector, real text), for the HTML report. */
final class SvgCharts {
    private SvgCharts() {
    }

    static String svg(ChartCanvas chart) {
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(n(chart.width())).append(' ').append(n(chart.height())).append("\" width=\"")
                .append(n(chart.width())).append("\" height=\"").append(n(chart.height()))
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\"><title>")
                .append(Html.escape(chart.title())).append("</title>");
        for (Shape shape : chart.shapes()) {
            shape(s, shape);
        }
        return s.append("</svg>").toString();
    }

    private static void shape(StringBuilder s, Shape shape) {
        if (shape instanceof Rect r) {
            s.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                    .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h()))
                    .append("\" fill=\"").append(r.fill() == null ? "none" : r.fill()).append('"')
                    .append(opacity(r.opacity())).append(stroke(r.stroke(), 1)).append("/>");
        } else if (shape instanceof Line l) {
            s.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                    .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"')
                    .append(stroke(l.stroke(), l.width())).append(l.dashed() ? " stroke-dasharray=\"5 4\"" : "")
                    .append("/>");
        } else if (shape instanceof Polyline p) {
            s.append("<polyline fill=\"none\"").append(stroke(p.stroke(), p.width()))
                    .append(" stroke-linejoin=\"round\" points=\"");
            double[] pts = p.points();
            for (int i = 0; i + 1 < pts.length; i += 2) {
                s.append(i == 0 ? "" : " ").append(n(pts[i])).append(',').append(n(pts[i + 1]));
            }
            s.append("\"/>");
        } else if (shape instanceof Circle c) {
            s.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy()))
                    .append("\" r=\"").append(n(c.r())).append("\" fill=\"").append(c.fill()).append('"')
                    .append(opacity(c.opacity())).append(stroke(c.stroke(), 1)).append("/>");
        } else if (shape instanceof Text t) {
            s.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                    .append("\" font-size=\"").append(n(t.size())).append("\" fill=\"").append(t.fill())
                    .append("\" text-anchor=\"").append(t.anchor().name().toLowerCase(Locale.ROOT)).append('"');
            if (t.bold()) {
                s.append(" font-weight=\"bold\"");
            }
            if (t.rotate() != 0) {
                s.append(" transform=\"rotate(").append(n(t.rotate())).append(' ').append(n(t.x())).append(' ')
                        .append(n(t.y())).append(")\"");
            }
            s.append('>').append(Html.escape(t.text())).append("</text>");
        }
    }

    private static String opacity(double opacity) {
        return opacity >= 1 ? "" : " fill-opacity=\"" + n(opacity) + "\"";
    }

    private static String stroke(String color, double width) {
        return color == null ? "" : " stroke=\"" + color + "\" stroke-width=\"" + n(width) + "\"";
    }

    /** A coordinate with at most two decimals, always with a dot. */
    static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded);
    }
}
