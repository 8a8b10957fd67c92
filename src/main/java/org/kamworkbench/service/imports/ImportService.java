package org.kamworkbench.service.imports;

import java.nio.file.Path;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.TableFiles;

/**
 * Imports accounts, revenue, FX and inflation files into the workspace. Each import is one
 * transaction: with any invalid row (and skip-invalid off) nothing changes and the report lists
 * the problems; a cancelled import leaves nothing behind.
 */
public class ImportService {
    private final TableFiles files;
    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;

    public ImportService(TableFiles files, AccountRepository accounts, RevenueRepository revenue,
                         RatesRepository rates, SettingsRepository settings) {
        this.files = files;
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
    }

    /** Detects format, preset and mapping, and reads the first rows. */
    public ImportPreview preview(Path file, ImportKind kind, ImportOptions options) {
        throw new IllegalStateException("pending");
    }

    /** Reads and checks the whole file without writing: the validation report. */
    public ImportReport validate(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        throw new IllegalStateException("pending");
    }

    /** Imports the file (one transaction). */
    public ImportReport importFile(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        throw new IllegalStateException("pending");
    }
}
