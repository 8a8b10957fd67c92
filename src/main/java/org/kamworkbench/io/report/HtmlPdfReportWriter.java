package org.kamworkbench.io.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Function;
import org.kamworkbench.service.report.ReportWriter;
import org.kamworkbench.service.report.PlanReport;
import org.kamworkbench.service.report.PortfolioReview;
import org.kamworkbench.service.report.ReportFormat;

/**
 * Writes reports: the XHTML is built once per document; HTML is that text with the charts as inline
 * SVG, PDF is the same text laid out by openhtmltopdf with the charts drawn as vectors by
 * {@link PdfCharts} and DejaVu Sans embedded. The file is written beside the target and moved into
 * place, so a failed write never leaves half a report.
 */
public final class HtmlPdfReportWriter implements ReportWriter {
    /** Content widths in CSS pixels: A4 minus the page margins (portrait 182 mm, landscape 269 mm). */
    private static final double PORTRAIT_WIDTH = 680;
    private static final double LANDSCAPE_WIDTH = 1010;

    static {
        // openhtmltopdf logs every step at INFO through java.util.logging, on stderr: not for our users
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    @Override
    public void writePlan(PlanReport report, ReportFormat format, Locale language, Path out) {
        write(format, out, PORTRAIT_WIDTH, charts -> new PlanReportHtml(report, new ReportText(language), charts).build());
    }

    @Override
    public void writePortfolio(PortfolioReview review, ReportFormat format, Locale language, Path out) {
        write(format, out, LANDSCAPE_WIDTH,
                charts -> new PortfolioReviewHtml(review, new ReportText(language), charts).build());
    }

    private static void write(ReportFormat format, Path out, double contentWidth,
                              Function<Function<ChartCanvas, String>, String> document) {
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            if (format == ReportFormat.HTML) {
                Files.writeString(temp, document.apply(SvgCharts::svg), StandardCharsets.UTF_8);
            } else {
                PdfCharts charts = new PdfCharts(contentWidth);
                String xhtml = document.apply(charts::placeholder);
                try (OutputStream os = Files.newOutputStream(temp)) {
                    pdf(xhtml, charts, os);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void pdf(String xhtml, PdfCharts charts, OutputStream os) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(ReportFonts::regular, ReportFonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(ReportFonts::bold, ReportFonts.FAMILY, 700, FontStyle.NORMAL, true);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(PdfCharts.TYPE, charts);
        builder.useObjectDrawerFactory(drawers);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(os);
        builder.run();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary file stays; the report itself was not written and the error says so
        }
    }
}
