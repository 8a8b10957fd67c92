package org.kamworkbench.ui.portfolio;

import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kamworkbench.service.portfolio.ParetoCurve;

/**
 * The Pareto chart: ranked accounts as bars (revenue, left axis), the cumulative share as a line
 * on a 0–100 % right axis, the 80 % reference and the A/B/C bands behind. Drawn on a canvas from
 * {@link ParetoBuckets}, so 100 000 accounts cost as much as a few hundred. Hovering shows an
 * account (or a bucket of them); a click hands the rank to {@link #setOnRankClicked}.
 */
public final class ParetoChart extends Region {
    private static final Color BAR = Color.web("#3b6fc4");
    private static final Color BAR_MEAN = Color.web("#2a4f8f");
    private static final Color LINE = Color.web("#e8740c");
    private static final Color REFERENCE = Color.web("#c0392b");
    private static final Color[] BANDS = {Color.web("#2e9e5b", 0.14), Color.web("#e0b400", 0.16),
        Color.web("#8a8f98", 0.14)};

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Label fontProbe = new Label();
    private final PortfolioFormats formats;
    private ParetoCurve curve;
    private String currency = "";
    private ParetoBuckets buckets;
    private double plotLeft;
    private double plotWidth;
    private IntConsumer onRankClicked = rank -> { };

    public ParetoChart(PortfolioFormats formats) {
        this.formats = formats;
        getStyleClass().add("pareto-chart");
        hover.getStyleClass().add("chart-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        fontProbe.getStyleClass().add("chart-axis");
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().addAll(canvas, fontProbe, hover);
        setMinSize(300, 220);
        setPrefSize(800, 360);
        fontProbe.fontProperty().addListener((o, was, now) -> requestLayout());
        canvas.setOnMouseMoved(e -> showHover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover.setVisible(false));
        canvas.setOnMouseClicked(e -> {
            int bucket = bucketAt(e.getX());
            if (bucket >= 0) {
                onRankClicked.accept(buckets.first(bucket));
            }
        });
    }

    /** Shows a curve (null clears the chart). */
    public void setCurve(ParetoCurve curve, String currency) {
        this.curve = curve;
        this.currency = currency == null ? "" : currency;
        this.buckets = null;
        requestLayout();
        draw();
    }

    public void setOnRankClicked(IntConsumer handler) {
        this.onRankClicked = handler;
    }

    /** The buckets drawn now (null before the first layout or without a curve): for tests. */
    public ParetoBuckets buckets() {
        return buckets;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private Font font() {
        Font f = fontProbe.getFont();
        return f == null ? Font.getDefault() : f;
    }

    private double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (curve == null || curve.size() == 0 || w < 50 || h < 50) {
            buckets = null;
            return;
        }
        Font font = font();
        double size = font.getSize();
        Paint text = fontProbe.getTextFill();
        String maxLabel = formats.money(java.math.BigDecimal.valueOf(niceTop(curve.revenueValue(0))), currency);
        plotLeft = textWidth(maxLabel, font) + size;
        double right = textWidth("100%", font) + size * 1.2;
        double top = size * 0.8;
        double bottom = size * 2.6;
        plotWidth = Math.max(10, w - plotLeft - right);
        double plotHeight = Math.max(10, h - top - bottom);
        int columns = (int) Math.max(1, Math.floor(plotWidth));
        if (buckets == null || buckets.size() != Math.min(columns, curve.size())) {
            buckets = ParetoBuckets.of(curve.size(), curve::revenueValue, curve::cumulativeShare, curve::classIndex,
                    curve.metrics().classes().size(), columns);
        }
        int n = curve.size();
        // A/B/C bands behind everything, labelled at their top.
        g.setFont(Font.font(font.getFamily(), FontWeight.BOLD, size));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < buckets.classCount(); c++) {
            double x0 = plotLeft + plotWidth * buckets.classStart(c) / n;
            double x1 = plotLeft + plotWidth * buckets.classStart(c + 1) / n;
            if (x1 <= x0) {
                continue;
            }
            g.setFill(BANDS[c % BANDS.length]);
            g.fillRect(x0, top, x1 - x0, plotHeight);
            if (x1 - x0 > size * 1.5) {
                g.setFill(text);
                g.fillText(curve.metrics().classes().get(c).name(), (x0 + x1) / 2, top + 2);
            }
        }
        // Bars: the bucket's largest account, its mean darker below (they coincide with one account per bucket).
        double max = niceTop(buckets.maxRevenue());
        double barWidth = plotWidth / buckets.size();
        double gap = barWidth > 4 ? Math.min(2, barWidth * 0.2) : 0;
        for (int b = 0; b < buckets.size(); b++) {
            double x = plotLeft + b * barWidth;
            double hMax = Math.max(0, buckets.max(b) / max * plotHeight);
            double hMean = Math.max(0, buckets.mean(b) / max * plotHeight);
            g.setFill(BAR);
            g.fillRect(x, top + plotHeight - hMax, Math.max(1, barWidth - gap), Math.max(hMax, 0.5));
            if (buckets.end(b) - buckets.first(b) > 1) {
                g.setFill(BAR_MEAN);
                g.fillRect(x, top + plotHeight - hMean, Math.max(1, barWidth - gap), hMean);
            }
        }
        // The 80 % reference and the cumulative line on the right axis.
        double y80 = top + plotHeight * 0.2;
        g.setStroke(REFERENCE);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(plotLeft, y80, plotLeft + plotWidth, y80);
        g.setLineDashes();
        g.setStroke(LINE);
        g.setLineWidth(Math.max(2, size / 6));
        g.beginPath();
        g.moveTo(plotLeft, top + plotHeight);
        for (int b = 0; b < buckets.size(); b++) {
            g.lineTo(plotLeft + (b + 1) * barWidth, top + plotHeight * (1 - buckets.cumulative(b)));
        }
        g.stroke();
        drawAxes(g, font, text, top, plotHeight, max);
    }

    /** The revenue axis' top: four ticks of a round step (1, 2, 2.5 or 5 × 10^k) reaching {@code max}. */
    static double niceTop(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return 4 * m * magnitude;
            }
        }
        return 40 * magnitude;
    }

    private void drawAxes(GraphicsContext g, Font font, Paint text, double top, double plotHeight, double max) {
        double size = font.getSize();
        g.setFont(font);
        g.setFill(text);
        g.setStroke(Color.gray(0.5, 0.6));
        g.setLineWidth(1);
        g.strokeLine(plotLeft, top + plotHeight, plotLeft + plotWidth, top + plotHeight);
        g.strokeLine(plotLeft, top, plotLeft, top + plotHeight);
        g.strokeLine(plotLeft + plotWidth, top, plotLeft + plotWidth, top + plotHeight);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i <= 4; i++) {
            double y = top + plotHeight * (1 - i / 4.0);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(formats.money(java.math.BigDecimal.valueOf(max * i / 4), currency), plotLeft - size * 0.4, y);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(formats.percentWhole(i / 4.0), plotLeft + plotWidth + size * 0.4, y);
        }
        g.setTextBaseline(VPos.TOP);
        int n = curve.size();
        for (int i = 0; i <= 5; i++) {
            double x = plotLeft + plotWidth * i / 5.0;
            g.setTextAlign(i == 0 ? TextAlignment.LEFT : i == 5 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            g.fillText(formats.percentWhole(i / 5.0), x, top + plotHeight + size * 0.3);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(formats.texts().format("portfolio.chart.xAxis", formats.count(n)), plotLeft + plotWidth / 2,
                top + plotHeight + size * 1.5);
    }

    private int bucketAt(double x) {
        if (buckets == null || x < plotLeft || x > plotLeft + plotWidth) {
            return -1;
        }
        int b = (int) ((x - plotLeft) / plotWidth * buckets.size());
        return Math.min(buckets.size() - 1, Math.max(0, b));
    }

    private void showHover(double x, double y) {
        int b = bucketAt(x);
        if (b < 0) {
            hover.setVisible(false);
            return;
        }
        int first = buckets.first(b);
        int last = buckets.end(b) - 1;
        var texts = formats.texts();
        String line;
        if (first == last) {
            var account = curve.account(first);
            line = texts.format("portfolio.chart.hoverAccount", account.name(), account.externalId(),
                    formats.count(first + 1), formats.money(curve.revenue(first), currency),
                    formats.percent(curve.share(first)), formats.percent(curve.cumulativeShare(first)),
                    curve.abcClass(first));
        } else {
            var account = curve.account(first);
            line = texts.format("portfolio.chart.hoverBucket", formats.count(first + 1), formats.count(last + 1),
                    account.name(), formats.money(curve.revenue(first), currency),
                    formats.money(java.math.BigDecimal.valueOf(buckets.mean(b)), currency),
                    formats.percent(curve.cumulativeShare(last)));
        }
        hover.setText(line);
        hover.setVisible(true);
        hover.autosize();
        double hx = x + 16 + hover.getWidth() > getWidth() ? x - 16 - hover.getWidth() : x + 16;
        double hy = Math.min(Math.max(0, y - hover.getHeight() / 2), getHeight() - hover.getHeight());
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
    }

    /** The largest account's rank of the bar at {@code x}, or -1 outside the plot. */
    public int rankAt(double x) {
        int bucket = bucketAt(x);
        return bucket < 0 ? -1 : buckets.first(bucket);
    }

    /** The text of the hover label (empty when hidden): for tests. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }

    /** Hovers over the bucket that holds {@code rank}, as if the mouse were there: for tests. */
    public void hoverRank(int rank) {
        if (buckets != null) {
            int b = buckets.bucketOf(rank);
            showHover(plotLeft + (b + 0.5) * plotWidth / buckets.size(), getHeight() / 2);
        }
    }
}
