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
                return KamCli.FAILURE;
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
            context.err().flush();
        }
        if (!json) {
            context.out().println(summary(file, report));
        }
        return KamCli.OK;
    }

    private static List<String> problemLines(ImportReport report, String prefix) {
        List<String> lines = new ArrayList<>();
        report.problems().forEach(p -> lines.add(prefix + describe(p)));
        long more = report.problemCount() - report.problems().size();
        if (more > 0) {
            lines.add("... and " + more + " more");
        }
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
        return s.append("; ").append(report.added()).append(' ').append(unit(report.kind())).append(" added, ")
                .append(report.updated()).append(" updated, ").append(report.unchanged()).append(" unchanged.")
                .toString();
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
