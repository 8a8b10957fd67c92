package org.kamworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.MappedColumn;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * Runs one import and reports it: a summary on stdout (exit 0), or every problem on stderr and a
 * summary line (exit 2) when nothing was imported. With skip-invalid the problems are warnings.
 */
final class ImportRunner {
    private final CliContext context;

    ImportRunner(CliContext context) {
        this.context = context;
    }

    int run(ImportKind kind, ImportFileOptions fileOptions, ImportOptions options, boolean json) {
        Path file = fileOptions.existingFile();
        try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
            ProgressMonitor progress = TerminalProgress.forCaller(context, "Importing " + file.getFileName());
            ImportReport report;
            try {
                report = ws.imports().importFile(file, kind, options, progress);
            } catch (ImportInputException e) {
                throw new BadInputException(e.getMessage());
            } catch (ImportCancelledException e) {
                context.err().println(e.getMessage());
                return KamCli.INTERRUPTED;
            } finally {
                if (progress instanceof TerminalProgress terminal) {
                    terminal.clear();
                }
            }
            if (report.applied() && context.caller().gone().getAsBoolean()) {
                // stopped (Ctrl+C) after the commit: say so, or a rerun with --add would count it twice
                context.err().println("The import had already completed; nothing was undone.");
            }
            if (json) {
                context.printJson(report);
            }
            return report(file, report, json);
        }
    }

    private int report(Path file, ImportReport report, boolean json) {
        if (!report.applied()) {
            List<String> lines = problemLines(report, "");
            lines.add(report.problemCount() == 0 ? "Nothing was imported."
                    : count(report.problemCount(), "problem") + "; nothing was imported.");
            throw new BadInputException(lines);
        }
        if (report.hasProblems()) {
            problemLines(report, "Warning: ").forEach(context.err()::println);
            context.err().println(count(report.problemCount(), "problem") + "; "
                    + count(report.rowsRead() - report.rowsImported(), "row") + " skipped.");
        }
        report.warnings().forEach(w -> context.err().println("Warning: " + w.describe()));
        missingRateLines(report).forEach(context.err()::println);
        context.err().flush();
        if (!json) {
            context.out().println(summary(file, report));
            if (!report.columns().isEmpty() || !report.ignoredColumns().isEmpty()) {
                context.out().println(mapping(report));
            }
        }
        return KamCli.OK;
    }

    private static List<String> problemLines(ImportReport report, String prefix) {
        List<String> lines = new ArrayList<>();
        report.problems().forEach(p -> lines.add(prefix + describe(p)));
        long more = report.problemsNotListed();
        if (more > 0) {
            lines.add("... and " + more + " more");
        }
        return lines;
    }

    /** The revenue that cannot be converted yet: imported all the same, with what to do about it. */
    static List<String> missingRateLines(ImportReport report) {
        List<String> lines = new ArrayList<>();
        report.missingRates().forEach(m -> lines.add("Warning: " + m.describe()
                + " — import rates with `import fx` before analysing those years."));
        return lines;
    }

    private static String describe(ImportProblem problem) {
        return problem.describe().replace("\r", "").replace('\n', ' ');
    }

    static String summary(Path file, ImportReport report) {
        StringBuilder s = new StringBuilder("Imported ").append(noun(report.kind())).append(" from ")
                .append(file.getFileName()).append(": ").append(count(report.rowsRead(), "row")).append(" read, ")
                .append(report.rowsImported()).append(" imported");
        if (report.rowsImported() < report.rowsRead()) {
            s.append(", ").append(report.rowsRead() - report.rowsImported()).append(" skipped");
        }
        s.append("; ").append(report.added()).append(' ').append(unit(report.kind())).append(" added, ")
                .append(report.updated()).append(" updated, ").append(report.unchanged()).append(" unchanged");
        if (report.accountsCreated() > 0) {
            s.append("; ").append(count(report.accountsCreated(), "account")).append(" created");
        }
        return s.append('.').toString();
    }

    /** "Columns read as salesforce: Id → externalId, Name → name; ignored: AccountNumber, Phone." */
    static String mapping(ImportReport report) {
        StringBuilder s = new StringBuilder("Columns read as ").append(report.preset()).append(": ");
        for (int i = 0; i < report.columns().size(); i++) {
            MappedColumn c = report.columns().get(i);
            s.append(i == 0 ? "" : ", ").append(c.column()).append(" → ").append(c.field());
        }
        if (!report.ignoredColumns().isEmpty()) {
            s.append("; ignored: ").append(String.join(", ", report.ignoredColumns()));
        }
        return s.append('.').toString();
    }

    private static String noun(ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> "accounts";
            case REVENUE -> "revenue";
            case FX -> "FX rates";
            case INFLATION -> "inflation rates";
            case CONTACTS -> "contacts";
        };
    }

    /** What the added/updated/unchanged counts count: revenue is stored as monthly totals. */
    private static String unit(ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> "accounts";
            case REVENUE -> "monthly totals";
            case FX, INFLATION -> "rates";
            case CONTACTS -> "contacts";
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
