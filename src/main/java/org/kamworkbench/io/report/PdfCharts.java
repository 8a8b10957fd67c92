package org.kamworkbench.io.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamworkbench.io.report.ChartCanvas.Circle;
import org.kamworkbench.io.report.ChartCanvas.Line;
import org.kamworkbench.io.report.ChartCanvas.Polyline;
import org.kamworkbench.io.report.ChartCanvas.Rect;
import org.kamworkbench.io.report.ChartCanvas.Shape;
import org.kamworkbench.io.report.ChartCanvas.Text;
import org.w3c.dom.Element;

/**
 * Draws charts into the PDF as vectors: the document holds {@code <object type="kam/chart">}
 * placeholders, and openhtmltopdf hands each one's box to this drawer, which draws the chart's
 * primitives with Java2D onto PDFBox (pdfbox-graphics2d). One instance per document.
 */
final class PdfCharts implements FSObjectDrawer {
    static final String TYPE = "kam/chart";
    private final List<ChartCanvas> charts = new ArrayList<>();
    private final double maxWidth;

    /** @param maxWidth the page's content width in CSS pixels: wider charts are scaled down to it */
    PdfCharts(double maxWidth) {
        this.maxWidth = maxWidth;
    }

    /** Registers a chart and returns the placeholder element that stands for it in the XHTML. */
    String placeholder(ChartCanvas chart) {
        charts.add(chart);
        double scale = Math.min(1, maxWidth / chart.width());
        return "<object type=\"" + TYPE + "\" data-chart=\"" + (charts.size() - 1) + "\" class=\"chart\" style=\"width:"
                + SvgCharts.n(chart.width() * scale) + "px;height:" + SvgCharts.n(chart.height() * scale)
                + "px\"></object>";
    }

    @Override
    public Map<java.awt.Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                                  OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        ChartCanvas chart = charts.get(Integer.parseInt(e.getAttribute("data-chart")));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, g -> {
            g.scale(w / chart.width(), h / chart.height());
            draw(g, chart);
        });
        return null;
    }

    static void draw(Graphics2D g, ChartCanvas chart) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Shape shape : chart.shapes()) {
            if (shape instanceof Rect r) {
                Rectangle2D box = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
                if (r.fill() != null) {
                    fill(g, box, r.fill(), r.opacity());
                }
                if (r.stroke() != null) {
                    stroke(g, box, r.stroke(), 1, false);
                }
            } else if (shape instanceof Line l) {
                stroke(g, new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), l.stroke(), l.width(), l.dashed());
            } else if (shape instanceof Polyline p) {
                double[] pts = p.points();
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i + 1 < pts.length; i += 2) {
                    if (i == 0) {
                        path.moveTo(pts[i], pts[i + 1]);
                    } else {
                        path.lineTo(pts[i], pts[i + 1]);
                    }
                }
                stroke(g, path, p.stroke(), p.width(), false);
            } else if (shape instanceof Circle c) {
                Ellipse2D circle = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
                fill(g, circle, c.fill(), c.opacity());
                if (c.stroke() != null) {
                    stroke(g, circle, c.stroke(), 1, false);
                }
            } else if (shape instanceof Text t) {
                text(g, t);
            }
        }
    }

    private static void fill(Graphics2D g, java.awt.Shape shape, String color, double opacity) {
        Composite before = g.getComposite();
        if (opacity < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        }
        g.setColor(Color.decode(color));
        g.fill(shape);
        g.setComposite(before);
    }

    private static void stroke(Graphics2D g, java.awt.Shape shape, String color, double width, boolean dashed) {
        g.setColor(Color.decode(color));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {5, 4}, 0) : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static void text(Graphics2D g, Text t) {
        Font font = ReportFonts.awt(t.bold(), t.size());
        g.setFont(font);
        g.setColor(Color.decode(t.fill()));
        double width = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform before = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.rotate() != 0) {
            g.rotate(Math.toRadians(t.rotate()));
        }
        g.drawString(t.text(), (float) dx, 0f);
        g.setTransform(before);
    }
}
