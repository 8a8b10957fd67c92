package org.kamworkbench.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.report.PortfolioReview.Bubble;
import org.kamworkbench.service.report.PortfolioReview.CurvePoint;
import org.kamworkbench.service.report.PortfolioReview.Matrix;

/** The headless chart writer: the same primitives drawn as SVG (HTML) and with Java2D (PDF), no toolkit. */
class ReportChartsTest {
    private final ReportText text = new ReportText(Locale.ENGLISH);

    /** 10 accounts: 3 A (cumulative 0.5, 0.7, 0.82), 2 B, 5 C. */
    private static List<CurvePoint> curve() {
        double[] cumulative = {0.5, 0.7, 0.82, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0};
        int[] classes = {0, 0, 0, 1, 1, 2, 2, 2, 2, 2};
        double[] revenue = {500, 200, 120, 80, 50, 20, 10, 10, 5, 5};
        java.util.ArrayList<CurvePoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(new CurvePoint(i + 1, revenue[i], cumulative[i], classes[i]));
        }
        return points;
    }

    @Test
    void theParetoChartHasTheScreensBandsBarsLineAndReference() {
        ChartCanvas chart = ReportCharts.pareto(curve(), 10, text);
        String svg = SvgCharts.svg(chart);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        // one band per class, in the screen's colours and opacity, labelled A, B, C
        assertThat(svg).contains("fill=\"#2e9e5b\" fill-opacity=\"0.14\"", "fill=\"#e0b400\" fill-opacity=\"0.16\"",
                "fill=\"#8a8f98\" fill-opacity=\"0.14\"", ">A</text>", ">B</text>", ">C</text>");
        assertThat(count(svg, "fill=\"#3b6fc4\"")).isEqualTo(10); // one bar per account
        assertThat(svg).contains("<polyline fill=\"none\" stroke=\"#e8740c\"", "stroke=\"#c0392b\"",
                "stroke-dasharray", ">80 %</text>", ">Share of accounts, largest first</text>");
        // the A band ends where the third account ends: 3/10 of the plot width (70 + 840 · 0.3 = 322)
        assertThat(svg).contains("<rect x=\"70\" y=\"24\" width=\"252\"");
    }

    @Test
    void theSameChartDrawsHeadlessWithJava2d() {
        ChartCanvas chart = ReportCharts.pareto(curve(), 10, text);
        BufferedImage image = new BufferedImage((int) chart.width(), (int) chart.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        PdfCharts.draw(g, chart);
        g.dispose();
        // a bar pixel in the first account's column, near the axis: the bar colour #3b6fc4
        int bar = image.getRGB(80, 330 - 48 - 3) & 0xffffff;
        assertThat(bar).isEqualTo(0x3b6fc4);
        // inside the C band, above the bars: white blended with the band's grey at 14 %
        int band = image.getRGB(850, 60) & 0xffffff;
        assertThat(band).isNotEqualTo(0xffffff);
        assertThat((band >> 16) & 0xff).isBetween(0xea, 0xf6);
    }

    @Test
    void theMatrixNamesTheStrategicBubblesOnly() {
        Matrix matrix = new Matrix("KAM", 2, 2024, 50, List.of(
                new Bubble("Big & Strategic", 80, 70, 1000, Quadrant.STRATEGIC, true),
                new Bubble("Quiet One", 20, 30, 10, Quadrant.OPPORTUNISTIC, false)), 2, 0);
        String svg = SvgCharts.svg(ReportCharts.matrix(matrix, text));
        assertThat(svg).contains(">Big &amp; Strategic</text>").doesNotContain("Quiet One");
        assertThat(count(svg, "<circle")).isEqualTo(2);
        assertThat(svg).contains("fill=\"#0969da\"", "fill=\"#6e7781\"", ">Strategic</text>", ">Our strength</text>");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
