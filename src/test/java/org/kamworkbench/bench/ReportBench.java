package org.kamworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.io.report.HtmlPdfReportWriter;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.report.PortfolioReview;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Times the portfolio review pack in a warm process (not a unit test): builds the review and writes
 * the PDF and the HTML {@code runs} times on an imported workspace, and prints each run's split.
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.kamworkbench.bench.ReportBench \
 *     /tmp/reports-bench/ws-medium 2024 /tmp/reports-bench/out 5
 * </pre>
 */
public final class ReportBench {
    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Files.createDirectories(out);
        AnalysisRequest request = AnalysisRequest.of(PeriodSpec.year(year)).by(Dimension.REGION);
        HtmlPdfReportWriter writer = new HtmlPdfReportWriter();
        try (WorkspaceServices ws = new WorkspaceWiring(Path.of(System.getProperty("java.io.tmpdir")))
                .openForReading(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                long start = System.nanoTime();
                StringBuilder steps = new StringBuilder();
                ProgressMonitor timing = new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        steps.append(String.format(Locale.ROOT, " %s@%.0f", message, ms(start, System.nanoTime())));
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                };
                PortfolioReview review = ws.reports().portfolio().build(request, timing);
                long t1 = System.nanoTime();
                writer.writePortfolio(review, ReportFormat.PDF, Locale.ITALIAN, out.resolve("pack.pdf"));
                long t2 = System.nanoTime();
                writer.writePortfolio(review, ReportFormat.HTML, Locale.ITALIAN, out.resolve("pack.html"));
                long t3 = System.nanoTime();
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = threads.getCurrentThreadCpuTime();
                ws.reports().portfolioReview(request, ReportFormat.PDF, Locale.ENGLISH, out.resolve("pack-en.pdf"),
                        ProgressMonitor.NONE);
                long t4 = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                System.out.printf(Locale.ROOT, "run %d: gather %.0f ms, PDF %.0f ms, HTML %.0f ms; whole pack "
                        + "(gather + PDF) %.0f ms wall, %.0f ms CPU of this thread; %d KB PDF%n", run, ms(t0, t1),
                        ms(t1, t2), ms(t2, t3), ms(t3, t4), cpu / 1e6,
                        Files.size(out.resolve("pack.pdf")) / 1024);
                System.out.println("   gather steps (ms from start):" + steps);
            }
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
