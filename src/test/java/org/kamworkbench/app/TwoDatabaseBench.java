package org.kamworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.TestDatabase;

/**
 * H2 and PostgreSQL side by side, in one JVM, through the same services the app wires: a new workspace
 * imports a bench set (accounts, FX, invoices), then {@code analyze pareto --by region} reads it back
 * (load + analysis, as the command does). Each run does both databases, alternating which goes first;
 * the figures are the minimum over the runs and the ratios PostgreSQL / H2 (target: at most 2).
 * Run with {@code src/bench/two-databases.sh} (it builds the test classpath, with the embedded PostgreSQL).
 * <pre>java -cp CLASSPATH org.kamworkbench.app.TwoDatabaseBench DATA_DIR [runs]</pre>
 */
public final class TwoDatabaseBench {
    private TwoDatabaseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path tmp = Files.createTempDirectory("twodb-bench");
        TestDatabase.Kind[] kinds = TestDatabase.Kind.values();
        double[][] importSeconds = new double[kinds.length][runs];
        double[][] analyseSeconds = new double[kinds.length][runs];
        fixtureTimes(tmp); // also starts the server outside the timings below
        for (int run = 0; run < runs; run++) {
            for (int k = 0; k < kinds.length; k++) {
                int kind = (run + k) % kinds.length;
                double[] t = once(kinds[kind], data, tmp.resolve("run" + run));
                importSeconds[kind][run] = t[0];
                analyseSeconds[kind][run] = t[1];
                System.out.printf(Locale.ROOT, "run %d %-10s import %7.3f s   analyse pareto by region %6.3f s%n",
                        run + 1, kinds[kind], t[0], t[1]);
            }
        }
        double h2Import = min(importSeconds[0]);
        double pgImport = min(importSeconds[1]);
        double h2Analyse = min(analyseSeconds[0]);
        double pgAnalyse = min(analyseSeconds[1]);
        System.out.printf(Locale.ROOT, "min of %d: import H2 %.3f s, PostgreSQL %.3f s, ratio %.2f | analyse H2 %.3f s, "
                        + "PostgreSQL %.3f s, ratio %.2f | load average %.1f%n", runs, h2Import, pgImport,
                pgImport / h2Import, h2Analyse, pgAnalyse, pgAnalyse / h2Analyse,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * What the test fixture costs: starting the embedded server with its migrated template, then a new
     * test database (copied from the template, then dropped), against a new H2 workspace.
     */
    private static void fixtureTimes(Path tmp) {
        long start = System.nanoTime();
        TestDatabase.create(TestDatabase.Kind.POSTGRESQL, tmp).close();
        double server = (System.nanoTime() - start) / 1e9;
        double[] each = new double[TestDatabase.Kind.values().length];
        int times = 10;
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            long t = System.nanoTime();
            for (int i = 0; i < times; i++) {
                TestDatabase.create(kind, tmp).close();
            }
            each[kind.ordinal()] = (System.nanoTime() - t) / 1e9 / times;
        }
        System.out.printf(Locale.ROOT, "fixture: embedded PostgreSQL started and template migrated in %.2f s; "
                + "a new test database created and closed in %.3f s on PostgreSQL, %.3f s on H2 (mean of %d)%n",
                server, each[TestDatabase.Kind.POSTGRESQL.ordinal()], each[TestDatabase.Kind.H2.ordinal()], times);
    }

    /** Import into a new database of {@code kind}, then the analysis; both in seconds. */
    private static double[] once(TestDatabase.Kind kind, Path data, Path dir) throws Exception {
        Files.createDirectories(dir);
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            WorkspaceServices services = new WorkspaceWiring(dir).wire(db.jdbi(), kind.name(), org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("ws")),
                    () -> { }, () -> { });
            long start = System.nanoTime();
            check(services.imports().importFile(data.resolve("accounts.csv"), ImportKind.ACCOUNTS,
                    ImportOptions.defaults(), ProgressMonitor.NONE));
            check(services.imports().importFile(data.resolve("fx.csv"), ImportKind.FX, ImportOptions.defaults(),
                    ProgressMonitor.NONE));
            check(services.imports().importFile(data.resolve("invoices.csv"), ImportKind.REVENUE,
                    ImportOptions.defaults(), ProgressMonitor.NONE));
            long imported = System.nanoTime();
            PortfolioAnalysis analysis = services.portfolio().analyze(services.portfolio().load(),
                    AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION));
            long analysed = System.nanoTime();
            if (analysis.groups().isEmpty() || analysis.metrics().accounts() == 0) {
                throw new IllegalStateException(kind + ": nothing analysed");
            }
            return new double[] {(imported - start) / 1e9, (analysed - imported) / 1e9};
        }
    }

    private static void check(ImportReport report) {
        if (!report.applied() || report.problemCount() > 0) {
            throw new IllegalStateException("import not applied: " + report);
        }
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }
}
