package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Two {@code import accounts} at the same time of files that share an account id new to the workspace
 * (as two calls of the background process, or the desktop and a call, run them): both land every time,
 * and the shared account is stored once — the second writer, re-reading inside the write lock, updates
 * it instead of failing on the unique key.
 */
class ConcurrentAccountImportsTest {
    private static final int RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void twoImportsOfTheSameNewAccountBothLandAndStoreItOnce() throws Exception {
        Path a = accounts(dir.resolve("a.csv"), "A", "Shared Name From A");
        Path b = accounts(dir.resolve("b.csv"), "B", "Shared Name From B");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int run = 0; run < RUNS; run++) {
                Path ws = dir.resolve("ws" + run);
                WorkspaceWiring wiring = new WorkspaceWiring(dir);
                try (WorkspaceServices created = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
                    assertThat(created.status().status().accounts()).isZero();
                }
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ImportReport>> imports = new ArrayList<>();
                for (Path file : List.of(a, b)) {
                    Callable<ImportReport> task = () -> {
                        try (WorkspaceServices services = wiring.open(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
                            start.await();
                            return services.imports().importFile(file, ImportKind.ACCOUNTS, ImportOptions.defaults(),
                                    ProgressMonitor.NONE);
                        }
                    };
                    imports.add(threads.submit(task));
                }
                long added = 0;
                long updated = 0;
                for (Future<ImportReport> done : imports) {
                    assertThat(done.get().applied()).as("run %d", run).isTrue();
                    added += done.get().added();
                    updated += done.get().updated();
                }
                // the shared account is added by one import and updated by the other (the names differ)
                assertThat(added).as("run %d: accounts reported added", run).isEqualTo(1 + 2 * 30);
                assertThat(updated).as("run %d: accounts reported updated", run).isEqualTo(1);
                try (WorkspaceServices services = wiring.openForReading(org.kamworkbench.service.workspace.WorkspaceLocation.of(ws))) {
                    List<Account> all = services.accounts().list();
                    assertThat(all).as("run %d", run).hasSize(1 + 2 * 30);
                    List<Account> shared = all.stream().filter(x -> x.externalId().equals("NEW-1")).toList();
                    assertThat(shared).as("run %d: the shared account, once", run).hasSize(1);
                    // whichever wrote last, its whole row: never a mix
                    Account one = shared.get(0);
                    assertThat(List.of("Shared Name From A|DE|EMEA", "Shared Name From B|IT|EMEA"))
                            .contains(one.name() + "|" + one.country() + "|" + one.region());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** An accounts file: the shared new account NEW-1, then 30 accounts of its own. */
    private static Path accounts(Path file, String prefix, String sharedName) throws Exception {
        StringBuilder csv = new StringBuilder("account_id,name,country,region\n");
        csv.append("NEW-1,").append(sharedName).append(',').append(prefix.equals("A") ? "DE" : "IT").append(",EMEA\n");
        for (int i = 1; i <= 30; i++) {
            csv.append(prefix).append(i).append(",Account ").append(prefix).append(i).append(",FR,EMEA\n");
        }
        Files.writeString(file, csv);
        return file;
    }
}
