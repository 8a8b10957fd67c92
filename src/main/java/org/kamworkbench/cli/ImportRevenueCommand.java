package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import revenue FILE [--replace|--add] [--currency CODE] [--create-accounts] [OPTIONS]}. */
@Command(name = "revenue", description = "Import revenue: invoice lines or period totals.")
final class ImportRevenueCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ImportFileOptions file;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ModeChoice mode;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "The ISO 4217 currency of lines that have none (no currency column, or an empty cell); "
                    + "without it such lines take their account's currency.")
    String currency;

    @Option(names = "--create-accounts",
            description = "Create the accounts the file names that the workspace does not have (named by the "
                    + "file's customer name, else by the id).")
    boolean createAccounts;

    ImportRevenueCommand(CliContext context) {
        this.context = context;
    }

    /** Months that already hold revenue are replaced or added to; without either the import refuses them. */
    static final class ModeChoice {
        @Option(names = "--replace", required = true,
                description = "Replace the revenue stored for the months the file covers.")
        boolean replace;

        @Option(names = "--add", required = true, description = "Add the file's revenue to what is stored.")
        boolean add;

        RevenueMode mode() {
            return replace ? RevenueMode.REPLACE : RevenueMode.ADD;
        }
    }

    @Override
    public Integer call() {
        RevenueMode revenueMode = mode == null ? RevenueMode.NEW_PERIODS_ONLY : mode.mode();
        return new ImportRunner(context).run(ImportKind.REVENUE, file, file.toImportOptions(null, revenueMode, false)
                .withCurrency(currency).withCreateAccounts(createAccounts), json);
    }
}
