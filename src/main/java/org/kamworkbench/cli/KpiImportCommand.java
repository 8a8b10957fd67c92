package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.kpi.KpiImportReport;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpi import FILE [--create] [--json]}: KPI actuals (and targets) per account and period. */
@Command(name = "import", description = "Import KPI values: a CSV or XLSX file with the header "
        + "account,kpi,period,value and optional target and comment columns (period: YYYY, YYYY-Qn or YYYY-MM).")
final class KpiImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or XLSX file to import.")
    Path file;

    @Option(names = "--create", description = "Define a manual KPI for a name the account does not have yet.")
    boolean create;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    KpiImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Files.isDirectory(file) ? file + " is a folder, not a file."
                    : "File not found: " + file);
        }
        try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
            KpiImportReport report;
            try {
                report = ws.kpiImport().importFile(file, create);
            } catch (ImportInputException e) {
                throw new BadInputException(e.getMessage());
            }
            if (!report.applied()) {
                List<String> lines = new ArrayList<>();
                report.problems().forEach(p -> lines.add(p.describe().replace("\r", "").replace('\n', ' ')));
                long more = report.problemsNotListed();
                if (more > 0) {
                    lines.add("... and " + more + " more");
                }
                lines.add(report.problemCount() + (report.problemCount() == 1 ? " problem" : " problems")
                        + "; nothing was imported.");
                throw new BadInputException(lines);
            }
            if (json) {
                context.printJson(report);
            } else {
                context.out().println("Imported KPI values from " + file.getFileName() + ": " + report.rowsRead()
                        + " rows read; " + report.kpisCreated() + " KPIs created; " + report.added() + " periods added, "
                        + report.updated() + " updated, " + report.unchanged() + " unchanged.");
            }
            return KamCli.OK;
        }
    }
}
