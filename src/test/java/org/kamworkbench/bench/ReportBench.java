package org.kamworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.io.report.HtmlPdfReportWriter;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.report.PortfolioReview;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Times the portfolio review pack (PDF) in a warm process — a benchmark, not a unit test; run it with
 * {@code src/bench/report-pack.sh}. Imports a benchmark data set (accounts, FX, invoices of
 * {@code ../shared/bench/gen_portfolio.py}) once into a new workspace, then, in this one JVM, renders the pack of
 * the newest year {@code runs} times as File › Report › Portfolio review does (gather the figures, then write the
 * PDF), printing each run's split and the minimum of the warm runs (all but the first). BENCH.md's target for the
 * medium set: under 3 s warm.
 *
 * <p>Arguments: {@code DATA_DIR RUNS OUT_DIR [LANG]}.
 */
public final class ReportBench {
    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Locale language = Locale.forLanguageTag(args.length > 3 ? args[3] : "en");
        Files.createDirectories(out);
        Path workspace = out.resolve("ws-" + System.nanoTime());
        WorkspaceWiring wiring = new WorkspaceWiring(out);
        long importStart = System.nanoTime();
        try (WorkspaceServices ws = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            importOnce(ws, data.resolve("accounts.csv"), ImportKind.ACCOUNTS);
            importOnce(ws, data.resolve("fx.csv"), ImportKind.FX);
            importOnce(ws, data.resolve("invoices.csv"), ImportKind.REVENUE);
        }
        System.out.printf(Locale.ROOT, "imported %s once in %.1f s (not timed below); load %s%n", data,
                ms(importStart, System.nanoTime()) / 1000, load());
        HtmlPdfReportWriter writer = new HtmlPdfReportWriter();
        List<Double> totals = new ArrayList<>();
        try (WorkspaceServices ws = wiring.openForReading(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            List<Integer> years = ws.status().status().years();
            int year = years.get(years.size() - 1);
            AnalysisRequest request = AnalysisRequest.of(PeriodSpec.year(year)).by(Dimension.REGION);
            Path pdf = out.resolve("pack.pdf");
            for (int run = 1; run <= runs; run++) {
                long t0 = System.nanoTime();
                PortfolioReview review = ws.reports().portfolio().build(request, ProgressMonitor.NONE);
                long t1 = System.nanoTime();
                writer.writePortfolio(review, ReportFormat.PDF, language, pdf);
                long t2 = System.nanoTime();
                totals.add(ms(t0, t2));
                System.out.printf(Locale.ROOT, "run %d: pack of %d %.0f ms (gather %.0f ms, PDF %.0f ms), %d KB%s%n",
                        run, year, ms(t0, t2), ms(t0, t1), ms(t1, t2), Files.size(pdf) / 1024,
                        run == 1 ? " (first: cold)" : "");
            }
        }
        if (totals.size() > 1) {
            double min = totals.subList(1, totals.size()).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            System.out.printf(Locale.ROOT, "min of the %d warm runs: %.0f ms (target < 3000 ms); load %s%n",
                    totals.size() - 1, min, load());
        }
    }

    private static void importOnce(WorkspaceServices ws, Path file, ImportKind kind) {
        ImportReport r = ws.imports().importFile(file, kind, ImportOptions.defaults(), ProgressMonitor.NONE);
        if (!r.applied()) {
            throw new IllegalStateException(file + " was not imported: " + r.problems());
        }
    }

    /** The 1, 5 and 15 minute load averages of the machine, when it says. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
