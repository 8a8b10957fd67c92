package org.kamworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.fakes.MemoryAccounts;
import org.kamworkbench.service.imports.fakes.MemoryRates;
import org.kamworkbench.service.imports.fakes.MemorySettings;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * In-process import benchmark (not a test). Generate the data first:
 * <pre>
 * python3 ../shared/bench/gen_portfolio.py --accounts 20000 --lines 1000000 --out /tmp/bench/medium
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.kamworkbench.bench.ImportBench /tmp/bench/medium 5
 * </pre>
 * A third argument "stream" skips holding the rows in memory: the last figure is then a second
 * streamed validation, not parse + aggregate alone.
 * Prints, per run: reading invoices.csv alone (io's TableFileReader); the whole revenue import through
 * FileImportService on that reader (read + parse + aggregate + plan, in-memory repositories); and
 * parse + aggregate alone over rows already in memory. Repositories are in-memory: the database write is
 * not measured here.
 */
public final class ImportBench {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/bench/medium");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path invoices = dir.resolve("invoices.csv");
        // io's reader (FastCSV underneath, charset and delimiter detection); "-Dbench.reader=fastcsv" for
        // the bare FastCSV adapter of this package
        TableFiles csv = "fastcsv".equals(System.getProperty("bench.reader"))
                ? new FastCsvTableFiles() : new org.kamworkbench.io.TableFileReader();
        boolean holdRows = args.length <= 2 || !args[2].equals("stream");
        List<TableRow> rows = holdRows ? readAll(csv, invoices) : null;
        List<String> header = header(csv, invoices);
        TableFiles memory = holdRows ? new MemoryTable(header, rows) : csv;
        double[] best = new double[6];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int run = 1; run <= runs; run++) {
            MemoryAccounts accounts = new MemoryAccounts();
            CountingRevenue revenue = new CountingRevenue();
            MemoryRates rates = new MemoryRates();
            FileImportService service = new FileImportService(csv, accounts, revenue, rates, new MemorySettings());
            long[] t = new long[7];
            long[] c = new long[4];
            t[0] = System.nanoTime();
            ImportReport a = service.importFile(dir.resolve("accounts.csv"), ImportKind.ACCOUNTS,
                    ImportOptions.defaults(), ProgressMonitor.NONE);
            t[1] = System.nanoTime();
            c[0] = CPU.getCurrentThreadCpuTime();
            long read = readOnly(csv, invoices);
            c[1] = CPU.getCurrentThreadCpuTime();
            t[2] = System.nanoTime();
            ImportReport r = service.importFile(invoices, ImportKind.REVENUE, ImportOptions.defaults(),
                    ProgressMonitor.NONE);
            c[2] = CPU.getCurrentThreadCpuTime();
            t[3] = System.nanoTime();
            FileImportService inMemory = new FileImportService(memory, accounts, new CountingRevenue(), rates,
                    new MemorySettings());
            ImportReport m = inMemory.validate(invoices, ImportKind.REVENUE, ImportOptions.defaults(),
                    ProgressMonitor.NONE);
            c[3] = CPU.getCurrentThreadCpuTime();
            t[4] = System.nanoTime();
            check(a.added() > 0 && r.applied() && r.problemCount() == 0 && read == r.rowsRead()
                    && m.rowsImported() == r.rowsImported() && revenue.cells == r.added(), a, r);
            double[] s = {sec(t[1] - t[0]), sec(t[2] - t[1]), sec(t[3] - t[2]), sec(t[4] - t[3]),
                sec(c[2] - c[1] - (c[1] - c[0])), sec(c[3] - c[2])};
            for (int i = 0; i < s.length; i++) {
                best[i] = Math.min(best[i], s[i]);
            }
            System.out.printf(Locale.ROOT, "run %d: accounts %d %.3f s | read of %d lines %.3f s | revenue "
                            + "import %.3f s (%d cells), its CPU beyond reading %.3f s | parse+aggregate "
                            + "of rows held in memory %.3f s (CPU %.3f s)%n",
                    run, a.added(), s[0], read, s[1], s[2], r.added(), s[4], s[3], s[5]);
        }
        System.out.printf(Locale.ROOT, "best of %d: accounts %.3f s; read %.3f s; revenue import %.3f s "
                        + "(CPU beyond reading %.3f s); parse+aggregate in memory %.3f s (CPU %.3f s); load average %.1f%n",
                runs, best[0], best[1], best[2], best[4], best[3], best[5],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Keeps no cells, so that the benchmark times the import and not a fake store. */
    private static final class CountingRevenue implements org.kamworkbench.service.port.RevenueRepository {
        long cells;

        @Override
        public void forEachCell(java.util.function.Consumer<org.kamworkbench.domain.RevenueCell> sink) {
        }

        @Override
        public List<Integer> monthsWithRevenue() {
            return List.of();
        }

        @Override
        public void write(List<org.kamworkbench.domain.RevenueCell> newCells, java.util.Set<Integer> covered,
                          org.kamworkbench.domain.RevenueMode mode) {
            cells += newCells.size();
        }
    }

    private static void check(boolean ok, ImportReport a, ImportReport r) {
        if (!ok) {
            throw new IllegalStateException("unexpected result: " + a + " / " + r);
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static long readOnly(TableFiles files, Path file) throws IOException {
        long n = 0;
        try (TableSource s = files.open(file, files.detect(file, null))) {
            while (s.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static List<String> header(TableFiles files, Path file) throws IOException {
        try (TableSource s = files.open(file, files.detect(file, null))) {
            return s.header();
        }
    }

    private static List<TableRow> readAll(TableFiles files, Path file) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (TableSource s = files.open(file, files.detect(file, null))) {
            TableRow r;
            while ((r = s.next()) != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Serves rows already read, so that only the import's own work is timed. */
    private static final class MemoryTable implements TableFiles {
        private final List<String> header;
        private final List<TableRow> rows;

        MemoryTable(List<String> header, List<TableRow> rows) {
            this.header = header;
            this.rows = rows;
        }

        @Override
        public TableFormat detect(Path file, TableFormat overrides) {
            return TableFormat.csv(java.nio.charset.StandardCharsets.UTF_8, false, ',');
        }

        @Override
        public TableSource open(Path file, TableFormat format) {
            return new TableSource() {
                private int next;

                @Override
                public List<String> header() {
                    return header;
                }

                @Override
                public TableRow next() {
                    return next < rows.size() ? rows.get(next++) : null;
                }

                @Override
                public double progress() {
                    return (double) next / rows.size();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public List<String> sheetNames(Path file) {
            return List.of();
        }
    }
}
