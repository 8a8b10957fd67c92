package org.kamworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.SettingsStore;
import org.kamworkbench.store.TestDatabase;

/**
 * Where the warm analysis' time goes on each database: a bench set imported once into H2 and once into
 * PostgreSQL, then each piece of {@code PortfolioService.load()} and the analysis timed over many rounds,
 * the databases alternating. Prints the median of each piece and the ratio PostgreSQL / H2.
 * <pre>java -cp CLASSPATH org.kamworkbench.app.PortfolioLoadProfile DATA_DIR [rounds]</pre>
 */
public final class PortfolioLoadProfile {
    private PortfolioLoadProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path tmp = Files.createTempDirectory("pgspeed-profile");
        TestDatabase.Kind[] kinds = TestDatabase.Kind.values();
        TestDatabase[] dbs = new TestDatabase[kinds.length];
        WorkspaceServices[] services = new WorkspaceServices[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            Path dir = Files.createDirectories(tmp.resolve(kinds[k].name()));
            dbs[k] = TestDatabase.create(kinds[k], dir);
            services[k] = new WorkspaceWiring(dir).wire(dbs[k].jdbi(), kinds[k].name(), org.kamworkbench.service.workspace.WorkspaceLocation.of(dir.resolve("ws")), () -> { },
                    () -> { });
            for (String[] file : new String[][] {{"accounts.csv", "ACCOUNTS"}, {"fx.csv", "FX"},
                    {"invoices.csv", "REVENUE"}}) {
                services[k].imports().importFile(data.resolve(file[0]), ImportKind.valueOf(file[1]),
                        ImportOptions.defaults(), ProgressMonitor.NONE);
            }
        }
        dbs[1].jdbi().useHandle(h -> h.createQuery("SELECT period_year, octet_length(cells), pg_column_size(cells) "
                + "FROM revenue_segment ORDER BY period_year").map((rs, ctx) -> String.format(Locale.ROOT,
                "segment %d: %d bytes, %d stored%n", rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                .forEach(System.out::print));
        Map<String, double[][]> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < kinds.length; i++) {
                int k = (round + i) % kinds.length;
                Jdbi jdbi = dbs[k].jdbi();
                WorkspaceServices s = services[k];
                time(times, "accounts.findAll", k, round, rounds, () -> new AccountStore(jdbi).findAll());
                time(times, "revenue.forEachAmount", k, round, rounds, () -> {
                    long[] n = new long[1];
                    new RevenueStore(jdbi).forEachAmount(c -> n[0]++);
                    return n[0];
                });
                time(times, "fxRates", k, round, rounds, () -> new RatesStore(jdbi).fxRates());
                time(times, "inflationRates", k, round, rounds, () -> new RatesStore(jdbi).inflationRates());
                time(times, "settings.load", k, round, rounds, () -> new SettingsStore(jdbi).load());
                time(times, "load + analyze by region", k, round, rounds, () -> s.portfolio().analyze(
                        s.portfolio().load(), AnalysisRequest.of(PeriodSpec.wholeHistory()).by(Dimension.REGION)));
            }
        }
        System.out.printf(Locale.ROOT, "%-26s %10s %10s %7s   (median of %d rounds, ms)%n", "piece", "H2",
                "PostgreSQL", "ratio", rounds);
        times.forEach((piece, t) -> {
            double h2 = median(t[0]);
            double pg = median(t[1]);
            System.out.printf(Locale.ROOT, "%-26s %10.1f %10.1f %7.2f%n", piece, h2, pg, pg / h2);
        });
        System.out.printf(Locale.ROOT, "load average %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (TestDatabase db : dbs) {
            db.close();
        }
    }

    private static void time(Map<String, double[][]> times, String piece, int kind, int round, int rounds,
                             Supplier<Object> work) {
        long start = System.nanoTime();
        if (work.get() == null) {
            throw new IllegalStateException(piece);
        }
        times.computeIfAbsent(piece, p -> new double[2][rounds])[kind][round] = (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
