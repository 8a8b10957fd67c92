package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;

/**
 * Two {@code --add} imports of different files into one workspace at the same time, through the
 * services as the background process and the desktop run them (one JVM, one H2 database, each with
 * its own open of the workspace): both land, every time; the totals are the sum of both files.
 */
class ConcurrentImportsTest {
    private static final int RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void twoConcurrentAddImportsBothLand() throws Exception {
        RevenueFiles.RevenueFile a = RevenueFiles.write(dir.resolve("a.csv"), 1, 1500);
        RevenueFiles.RevenueFile b = RevenueFiles.write(dir.resolve("b.csv"), 2, 1000);
        ImportOptions add = new ImportOptions(null, null, null, null, null, null, null, false, RevenueMode.ADD, false,
                null, true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int run = 0; run < RUNS; run++) {
                Path ws = dir.resolve("ws" + run);
                WorkspaceWiring wiring = new WorkspaceWiring(dir);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ImportReport>> imports = new ArrayList<>();
                for (Path file : List.of(a.path(), b.path())) {
                    Callable<ImportReport> task = () -> {
                        try (WorkspaceServices services = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
                            start.await();
                            return services.imports().importFile(file, ImportKind.REVENUE, add, ProgressMonitor.NONE);
                        }
                    };
                    imports.add(threads.submit(task));
                }
                for (Future<ImportReport> done : imports) {
                    assertThat(done.get().applied()).as("run %d", run).isTrue();
                }
                try (WorkspaceServices services = wiring.openForReading(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
                    WorkspaceStatus status = services.status().status();
                    assertThat(status.accounts()).as("run %d: accounts", run).isEqualTo(40);
                    assertThat(status.revenueRecords()).as("run %d: records", run).isEqualTo(a.lines() + b.lines());
                    assertThat(status.revenueByCurrency().get("EUR")).as("run %d: total", run)
                            .isEqualByComparingTo(a.total().add(b.total()));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void handSummedTotalsOfTheFiles() throws Exception {
        // the expected totals are what the files hold: two lines checked by hand
        RevenueFiles.RevenueFile tiny = RevenueFiles.write(dir.resolve("tiny.csv"), 1, 2);
        // line 0: (0*31 + 17) % 9973 = 17, cents (0+1) = 01 → 17.01; line 1: (31 + 17) = 48, cents 02 → 48.02
        assertThat(tiny.total()).isEqualByComparingTo(new BigDecimal("65.03"));
    }
}
