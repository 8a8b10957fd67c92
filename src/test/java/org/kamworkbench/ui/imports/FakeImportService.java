package org.kamworkbench.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.FieldSpec;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportPreview;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.port.TableFormat;

/**
 * An ImportService for the wizard's tests: reads real CSV files (detection, presets, mapping),
 * checks the rows like the real service would (required values, countries, amounts), honours
 * the ProgressMonitor (cancel) and keeps a "workspace" that changes only when an import commits.
 */
final class FakeImportService implements ImportService {
    /** The fields of each kind, as the real service (ColumnMapper.fields) declares them. */
    static final Map<ImportKind, List<FieldSpec>> FIELDS = Map.of(
            ImportKind.ACCOUNTS, List.of(new FieldSpec("externalId", true), new FieldSpec("name", true),
                    new FieldSpec("owner", false), new FieldSpec("country", false), new FieldSpec("region", false),
                    new FieldSpec("division", false), new FieldSpec("industry", false), new FieldSpec("type", false),
                    new FieldSpec("currency", false), new FieldSpec("annualRevenue", false),
                    new FieldSpec("employees", false), new FieldSpec("parentExternalId", false),
                    new FieldSpec("website", false)),
            ImportKind.REVENUE, List.of(new FieldSpec("account", true), new FieldSpec("accountName", false),
                    new FieldSpec("date", false), new FieldSpec("period", false), new FieldSpec("year", false),
                    new FieldSpec("month", false), new FieldSpec("amount", true), new FieldSpec("currency", false),
                    new FieldSpec("documentId", false), new FieldSpec("productLine", false)),
            ImportKind.FX, List.of(new FieldSpec("year", true), new FieldSpec("month", false),
                    new FieldSpec("period", false), new FieldSpec("currency", true), new FieldSpec("rate", true)),
            ImportKind.INFLATION, List.of(new FieldSpec("year", true), new FieldSpec("scope", true),
                    new FieldSpec("percent", true)));

    private static final Map<String, String> SALESFORCE = Map.of("Account ID", "externalId", "Account Name", "name",
            "Account Owner", "owner", "Billing Country", "country", "Industry", "industry", "Type", "type",
            "Annual Revenue", "annualRevenue", "Employees", "employees", "Account Currency", "currency",
            "Parent Account ID", "parentExternalId");
    private static final Map<String, String> GENERIC = Map.ofEntries(Map.entry("id", "externalId"),
            Map.entry("name", "name"), Map.entry("country", "country"), Map.entry("customer", "account"),
            Map.entry("account", "account"), Map.entry("invoice date", "date"), Map.entry("date", "date"),
            Map.entry("amount", "amount"), Map.entry("net amount", "amount"), Map.entry("currency", "currency"),
            Map.entry("year", "year"), Map.entry("rate", "rate"), Map.entry("invoice", "documentId"),
            Map.entry("percent", "percent"));
    private static final Set<String> COUNTRIES = Set.of("US", "USA", "United States", "DE", "Germany",
            "Deutschland", "IT", "Italy", "Italia", "FR", "France", "UK", "United Kingdom", "GB", "ES", "Spain",
            "JP", "Japan", "CH", "Switzerland");

    /** Revenue: the months of the file already hold revenue (NEW_PERIODS_ONLY is refused). */
    volatile boolean existingRevenue;
    /** Import: stop half way until the monitor reports cancel (for cancel tests). */
    volatile boolean waitForCancel;
    /** Preview: refuse the file with this sentence. */
    volatile String refusePreview;

    final List<ImportOptions> previewOptions = new CopyOnWriteArrayList<>();
    final List<ImportOptions> validateOptions = new CopyOnWriteArrayList<>();
    final List<ImportOptions> importOptions = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> workspace = new HashMap<>();
    private volatile int commits;

    int commits() {
        return commits;
    }

    int storedRecords() {
        synchronized (workspace) {
            return workspace.size();
        }
    }

    @Override
    public ImportPreview preview(Path file, ImportKind kind, ImportOptions options) {
        previewOptions.add(options);
        if (refusePreview != null) {
            throw new ImportInputException(refusePreview);
        }
        FakeTable table = table(file, options);
        if (table.header.isEmpty()) {
            throw new ImportInputException("The file " + file.getFileName() + " is empty: it has no header line.");
        }
        String preset = presetOf(kind, table.header, options.preset());
        Map<String, String> mapping = mapping(table.header, preset, options.mapping());
        char decimal = options.decimal() != null ? options.decimal() : detectDecimal(table);
        String datePattern = mapping.containsValue("date")
                ? options.datePattern() != null ? options.datePattern() : "dd/MM/yyyy" : null;
        TableFormat format = table.sheet != null ? TableFormat.xlsx(table.sheet)
                : TableFormat.csv(table.charset, table.bom, table.delimiter);
        return new ImportPreview(kind, format, preset,
                table.header, table.rows.subList(0, Math.min(20, table.rows.size())), mapping, FIELDS.get(kind),
                decimal, datePattern);
    }

    @Override
    public ImportReport validate(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        validateOptions.add(options);
        return run(file, kind, options, monitor, false);
    }

    @Override
    public ImportReport importFile(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor) {
        importOptions.add(options);
        return run(file, kind, options, monitor, true);
    }

    private ImportReport run(Path file, ImportKind kind, ImportOptions options, ProgressMonitor monitor,
            boolean write) {
        FakeTable table = table(file, options);
        String preset = presetOf(kind, table.header, options.preset());
        Map<String, String> mapping = mapping(table.header, preset, options.mapping());
        for (FieldSpec f : FIELDS.get(kind)) {
            boolean present = mapping.values().stream().anyMatch(v -> v.equals(f.key())
                    || MappingViewModel.alternatives(kind).getOrDefault(f.key(), List.of()).stream()
                    .anyMatch(alt -> alt.endsWith(":") ? v.startsWith(alt) : v.equals(alt)));
            if (f.required() && !present) {
                throw new ImportInputException("No column maps to the required field '" + f.key() + "'.");
            }
        }
        if (kind == ImportKind.REVENUE && existingRevenue && options.revenueMode() == RevenueMode.NEW_PERIODS_ONLY) {
            throw new ImportInputException("Months 2024-01 to 2024-03 already hold revenue: choose to replace "
                    + "those months or to add to them.");
        }
        List<ImportProblem> problems = new ArrayList<>();
        long problemCount = 0;
        Map<String, List<String>> valid = new LinkedHashMap<>();
        int n = table.rows.size();
        for (int i = 0; i < n; i++) {
            if (monitor.isCancelled()) {
                throw new ImportCancelledException();
            }
            if (write && waitForCancel && i == n / 2) {
                waitUntilCancelled(monitor);
            }
            List<ImportProblem> rowProblems = check(kind, table.header, table.rows.get(i), mapping, i + 2);
            problemCount += rowProblems.size();
            rowProblems.stream().limit(ImportReport.MAX_PROBLEMS - problems.size()).forEach(problems::add);
            if (rowProblems.isEmpty()) {
                valid.put(kind + ":" + table.rows.get(i).get(0), table.rows.get(i));
            }
            monitor.progress((i + 1) / (double) n, "Row " + (i + 1) + " of " + n);
        }
        boolean apply = write && (problemCount == 0 || options.skipInvalid());
        long added = 0;
        long updated = 0;
        long unchanged = 0;
        synchronized (workspace) {
            for (Map.Entry<String, List<String>> e : valid.entrySet()) {
                List<String> old = workspace.get(e.getKey());
                if (old == null) {
                    added++;
                } else if (old.equals(e.getValue())) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
            if (apply) {
                workspace.putAll(valid); // the commit: all at once, at the end
                commits++;
            }
        }
        return new ImportReport(kind, apply, n, valid.size(), write ? added : 0, write ? updated : 0,
                write ? unchanged : 0, problemCount, problems);
    }

    private static FakeTable table(Path file, ImportOptions options) {
        return file.getFileName().toString().endsWith(".xlsx") ? FakeTable.readSheet(file, options.sheet())
                : FakeTable.read(file, options.encoding(), options.delimiter());
    }

    private static void waitUntilCancelled(ProgressMonitor monitor) {
        long until = System.currentTimeMillis() + 20_000;
        while (!monitor.isCancelled() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<ImportProblem> check(ImportKind kind, List<String> header, List<String> row,
            Map<String, String> mapping, long line) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String field = mapping.getOrDefault(header.get(c), "");
            String value = c < row.size() ? row.get(c) : "";
            boolean required = FIELDS.get(kind).stream().anyMatch(f -> f.key().equals(field) && f.required());
            if (required && value.isBlank()) {
                problems.add(new ImportProblem(line, header.get(c), null, "is empty; " + field + " is required"));
            } else if (field.equals("country") && !value.isBlank() && !COUNTRIES.contains(value)) {
                problems.add(new ImportProblem(line, header.get(c), value, "is not a known country"));
            } else if ((field.equals("annualRevenue") || field.startsWith("amount") || field.equals("rate"))
                    && !value.isBlank() && !value.matches("-?[0-9.,]+")) {
                problems.add(new ImportProblem(line, header.get(c), value, "is not an amount"));
            }
        }
        return problems;
    }

    private static String presetOf(ImportKind kind, List<String> header, String chosen) {
        if (kind != ImportKind.ACCOUNTS) {
            return "generic";
        }
        if (chosen != null) {
            return chosen;
        }
        return header.contains("Account ID") && header.contains("Account Name") ? "salesforce" : "generic";
    }

    private static Map<String, String> mapping(List<String> header, String preset, Map<String, String> overrides) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String h : header) {
            String field = overrides.containsKey(h) ? overrides.get(h)
                    : "salesforce".equals(preset) && SALESFORCE.containsKey(h) ? SALESFORCE.get(h)
                    : h.matches("(FY ?)?20[0-9]{2}") ? "amount:" + h.replaceAll("[^0-9]", "") // wide form
                    : GENERIC.get(h.toLowerCase());
            if (field != null && !field.isEmpty()) {
                mapping.put(h, field);
            }
        }
        return mapping;
    }

    private static char detectDecimal(FakeTable table) {
        for (List<String> row : table.rows) {
            for (String cell : row) {
                if (cell.matches("-?[0-9.]*[0-9],[0-9]{1,2}")) {
                    return ',';
                }
            }
        }
        return '.';
    }
}
