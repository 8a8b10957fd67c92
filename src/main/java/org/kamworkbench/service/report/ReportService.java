package org.kamworkbench.service.report;

import java.nio.file.Path;
import java.util.Locale;
import org.kamworkbench.domain.PreparedBy;
import org.kamworkbench.service.port.LogoFiles;
import org.kamworkbench.service.port.PreparedByRepository;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.report.ReportWriter;
import org.kamworkbench.service.portfolio.AnalysisRequest;

/** Builds a report and has it written: what the app and the {@code report} command call. */
public final class ReportService {
    /** The largest logo a cover takes (it is embedded in every report). */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    private final PlanReportService plans;
    private final PortfolioReviewService portfolio;
    private final ReportWriter writer;
    private final PreparedByRepository preparedBy;
    private final LogoFiles logos;

    public ReportService(PlanReportService plans, PortfolioReviewService portfolio, ReportWriter writer,
                         PreparedByRepository preparedBy, LogoFiles logos) {
        this.plans = plans;
        this.portfolio = portfolio;
        this.writer = writer;
        this.preparedBy = preparedBy;
        this.logos = logos;
    }

    /**
     * Reads a logo image for {@link #savePreparedBy}.
     *
     * @throws ReportInputException for a file that is not a PNG or JPEG image of at most 1 MB, or cannot be read
     */
    public LogoFiles.Logo readLogo(Path file) {
        try {
            return logos.read(file, MAX_LOGO_BYTES);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ReportInputException(e.getMessage());
        }
    }

    /** Who prepares the reports (the cover's "Prepared by"). */
    public PreparedBy preparedBy() {
        return preparedBy.load();
    }

    /**
     * Saves the "Prepared by" settings.
     *
     * @throws ReportInputException for a logo that is not a PNG or JPEG image or is larger than 1 MB
     */
    public void savePreparedBy(PreparedBy changed) {
        if (changed.hasLogo()) {
            if (!changed.logoType().equals("image/png") && !changed.logoType().equals("image/jpeg")) {
                throw new ReportInputException("The logo must be a PNG or JPEG image.");
            }
            if (changed.logo().length > MAX_LOGO_BYTES) {
                throw new ReportInputException("The logo is " + (changed.logo().length / 1024)
                        + " KB: take an image of at most 1 MB (it is embedded in every report).");
            }
        }
        preparedBy.save(changed);
    }

    /** @throws ReportInputException for an unknown account or one without a plan */
    public void planReport(String accountExternalId, ReportAudience audience, ReportFormat format, Locale language,
                           Path out, ProgressMonitor progress) {
        progress.progress(0.1, "gather");
        PlanReport report = plans.build(accountExternalId, audience);
        progress.progress(0.5, "write");
        writer.writePlan(report, format, language, out);
        progress.progress(1, "done");
    }

    public void portfolioReview(AnalysisRequest request, ReportFormat format, Locale language, Path out,
                                ProgressMonitor progress) {
        PortfolioReview review = portfolio.build(request, progress);
        writer.writePortfolio(review, format, language, out);
        progress.progress(1, "done");
    }

    public PlanReportService plans() {
        return plans;
    }

    public PortfolioReviewService portfolio() {
        return portfolio;
    }
}
