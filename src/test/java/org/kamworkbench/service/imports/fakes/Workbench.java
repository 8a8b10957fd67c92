package org.kamworkbench.service.imports.fakes;

import java.nio.file.Path;
import org.kamworkbench.service.account.MemoryPeople;
import org.kamworkbench.service.imports.FileImportService;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.port.ProgressMonitor;

/** An import service over in-memory fakes, for tests. */
public final class Workbench {
    public final FakeTableFiles files = new FakeTableFiles();
    public final MemoryAccounts accounts = new MemoryAccounts();
    public final MemoryRevenue revenue = new MemoryRevenue();
    public final MemoryRates rates = new MemoryRates();
    public final MemorySettings settings = new MemorySettings();
    public final MemoryPeople.Stakeholders stakeholders = new MemoryPeople().stakeholders;
    public final FileImportService service = new FileImportService(files, accounts, revenue, rates, settings,
            stakeholders);

    public ImportReport importFile(Path file, ImportKind kind, ImportOptions options) {
        return service.importFile(file, kind, options, ProgressMonitor.NONE);
    }

    public ImportReport importFile(Path file, ImportKind kind) {
        return importFile(file, kind, ImportOptions.defaults());
    }

    public ImportReport csv(ImportKind kind, ImportOptions options, String... lines) {
        return importFile(files.lines("t" + System.nanoTime() + ".csv", lines), kind, options);
    }

    public ImportReport csv(ImportKind kind, String... lines) {
        return csv(kind, ImportOptions.defaults(), lines);
    }

    /** The fixture file of src/test/resources/fixtures. */
    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }
}
