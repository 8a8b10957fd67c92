package org.kamworkbench.service.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.edit.BulkEdit;
import org.kamworkbench.service.fx.FxTable;
import org.kamworkbench.service.imports.accounts.AccountImport;
import org.kamworkbench.service.imports.contacts.ContactImport;
import org.kamworkbench.service.imports.mapping.ColumnMapper;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.StyleConflictException;
import org.kamworkbench.service.imports.rates.FxImport;
import org.kamworkbench.service.imports.rates.InflationImport;
import org.kamworkbench.service.imports.revenue.RevenueImport;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.ImportRunner;
import org.kamworkbench.service.imports.run.ImportTable;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.imports.run.RowImport;
import org.kamworkbench.service.imports.run.ValueStyles;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ByteRecords;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.RevenueRepository;
import org.kamworkbench.service.port.SettingsRepository;
import org.kamworkbench.service.port.StakeholderRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * Imports CSV and XLSX files read through {@link TableFiles}: detects how the file is written,
 * maps its columns, streams its rows once, and writes in one transaction only when every row is
 * valid (or the user chose to skip invalid rows).
 */
public final class FileImportService implements ImportService {
    /** Rows read ahead to detect number and date styles. */
    static final int SAMPLE_ROWS = 1000;
    static final int PREVIEW_ROWS = 20;
    /** A style conflict restarts the read; each of numbers and dates can conflict once. */
    private static final int MAX_ATTEMPTS = 3;

    private final TableFiles files;
    private final AccountRepository accounts;
    private final RevenueRepository revenue;
    private final RatesRepository rates;
    private final SettingsRepository settings;
    private final StakeholderRepository stakeholders;
    private final UnitOfWork unitOfWork;
    private final BulkEdit bulk;

    /** Without stakeholders: contacts cannot be imported (tools and tests about the other kinds). */
    public FileImportService(TableFiles files, AccountRepository accounts, RevenueRepository revenue,
                             RatesRepository rates, SettingsRepository settings) {
        this(files, accounts, revenue, rates, settings, null);
    }

    public FileImportService(TableFiles files, AccountRepository accounts, RevenueRepository revenue,
                             RatesRepository rates, SettingsRepository settings, StakeholderRepository stakeholders) {
        this(files, accounts, revenue, rates, settings, stakeholders, UnitOfWork.DIRECT);
    }

    /**
     * @param unitOfWork the transaction around writes to several repositories (revenue that creates its
     *                   accounts)
     */
    public FileImportService(TableFiles files, AccountRepository accounts, RevenueRepository revenue,
                             RatesRepository rates, SettingsRepository settings, StakeholderRepository stakeholders,
                             UnitOfWork unitOfWork) {
        this(files, accounts, revenue, rates, settings, stakeholders, unitOfWork, BulkEdit.UNVERSIONED);
    }

    /**
     * @param bulk how an import that changes accounts or contacts moves their versions on (see {@link BulkEdit})
     */
    public FileImportService(TableFiles files, AccountRepository accounts, RevenueRepository revenue,
                             RatesRepository rates, SettingsRepository settings, StakeholderRepository stakeholders,
                             UnitOfWork unitOfWork, BulkEdit bulk) {
        this.bulk = bulk;
        this.unitOfWork = unitOfWork;
        this.files = files;
        this.accounts = accounts;
        this.revenue = revenue;
        this.rates = rates;
        this.settings = settings;
        this.stakeholders = stakeholders;
    }

    /** The file as byte records when it is a plain UTF-8 CSV file; empty when it must be read the full way. */
    private Optional<ByteRecords> openRecords(Path file, TableFormat format) {
        if (format.kind() != TableFormat.Kind.CSV) {
            return Optional.empty();
        }
        try {
            return files.openRecords(file, format);
        } catch (IOException e) {
            return Optional.empty(); // the full reader reads it, and says what is wrong
        }
    }

    private static void closeQuietly(ByteRecords records) {
        try {
            records.close();
        } catch (IOException e) {
            // a file we only read: nothing to save, nothing the user can do
        }
    }

    /** A plain-looking file held something only the full reader reads right: read it again that way. */
    private static final class BytesDeclined extends RuntimeException {
        BytesDeclined() {
            super(null, null, false, false);
        }
    }

    @Override
    public ImportPreview preview(Path file, ImportKind kind, ImportOptions options) {
        ImportOptions o = options == null ? ImportOptions.defaults() : options;
        String reporting = settings.load().reportingCurrency();
        try (ImportTable table = ImportTable.open(files, file, o, SAMPLE_ROWS)) {
            ColumnMapping m = ColumnMapper.map(kind, table.header(), o, reporting, false);
            ValueStyles styles = ValueStyles.of(kind, m, table.sample(), table.format().delimiter(), o, null);
            List<List<String>> rows = new ArrayList<>();
            for (TableRow row : table.sample().subList(0, Math.min(PREVIEW_ROWS, table.sample().size()))) {
                rows.add(row.cells());
            }
            String datePattern = kind == ImportKind.REVENUE && m.has(Fields.DATE) ? styles.date().pattern() : null;
            return new ImportPreview(kind, table.format(), m.preset(), table.header(), rows, m.byHeader(),
                    ColumnMapper.fields(kind), styles.number().decimal(), datePattern, reporting);
        }
    }

    @Override
    public ImportReport validate(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        return run(file, kind, options, monitor, false);
    }

    @Override
    public ImportReport importFile(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        return run(file, kind, options, monitor, true);
    }

    private ImportReport run(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor,
                             boolean write) {
        ImportOptions o = options == null ? ImportOptions.defaults() : options;
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        ValueStyles proven = new ValueStyles(null, null);
        boolean bytes = true;
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(file, kind, o, m, write, proven, bytes);
            } catch (BytesDeclined e) {
                bytes = false; // read again by the full reader, from the start, with nothing kept
                attempt--;
            } catch (StyleConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ImportInputException("import.stylesMixed");
                }
                proven = new ValueStyles(e.number() != null ? e.number() : proven.number(),
                        e.date() != null ? e.date() : proven.date());
            }
        }
    }

    private ImportReport runOnce(Path file, ImportKind kind, ImportOptions o, ProgressMonitor monitor, boolean write,
                                 ValueStyles proven, boolean bytes) {
        WorkspaceSettings ws = settings.load();
        try (ImportTable table = ImportTable.open(files, file, o, SAMPLE_ROWS)) {
            ColumnMapping mapping = ColumnMapper.map(kind, table.header(), o, ws.reportingCurrency(), true);
            ColumnMapper.requireFields(kind, mapping);
            ValueStyles styles = ValueStyles.of(kind, mapping, table.sample(), table.format().delimiter(), o, proven);
            Problems problems = new Problems();
            Cells cells = new Cells(mapping, problems);
            NumberParser numbers = new NumberParser(styles.number());
            RowImport rows = switch (kind) {
                case ACCOUNTS -> new AccountImport(cells, numbers, accounts, ws.regionByCountry(), bulk);
                case REVENUE -> new RevenueImport(cells, numbers, new DateParser(styles.date(),
                        table.format().kind() == TableFormat.Kind.XLSX), accounts, revenue, new RevenueImport.Setup(
                        o.revenueMode(), o.currency(), o.createAccounts(), ws.regionByCountry(),
                        new FxTable(ws.reportingCurrency(), rates.fxRates()), unitOfWork));
                case FX -> new FxImport(cells, numbers, rates, ws.reportingCurrency(), o.inverseRates());
                case INFLATION -> new InflationImport(cells, rates, ws.regionByCountry());
                case CONTACTS -> new ContactImport(cells, accounts, java.util.Objects.requireNonNull(stakeholders,
                        "contacts import needs the stakeholder repository"), bulk);
            };
            Optional<ByteRecords> records = bytes && rows.readsBytes() ? openRecords(file, table.format())
                    : Optional.empty();
            ImportReport report;
            if (records.isPresent()) {
                table.close(); // its header and sample were all it was for
                try {
                    report = ImportRunner.runRecords(kind, file, records.get(), rows, problems, o.skipInvalid(), write,
                            monitor);
                } catch (ByteRecords.NotPlain e) {
                    throw new BytesDeclined();
                } finally {
                    closeQuietly(records.get());
                }
            } else {
                report = ImportRunner.run(kind, table, rows, problems, o.skipInvalid(), write, monitor);
            }
            return report.withMapping(mapping.preset(), mapping.mapped(), mapping.ignored(), cells.warnings().list());
        }
    }
}
