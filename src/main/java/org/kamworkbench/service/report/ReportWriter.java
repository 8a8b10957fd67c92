package org.kamworkbench.service.report;

import java.nio.file.Path;
import java.util.Locale;

/** Writes report documents (HTML or PDF) to files; implemented in io. */
public interface ReportWriter {
    /** @throws java.io.UncheckedIOException when the file cannot be written */
    void writePlan(PlanReport report, ReportFormat format, Locale language, Path out);

    /** @throws java.io.UncheckedIOException when the file cannot be written */
    void writePortfolio(PortfolioReview review, ReportFormat format, Locale language, Path out);
}
