package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code import accounts|revenue|fx|inflation|contacts FILE [OPTIONS]}. */
@Command(name = ImportCommand.NAME, description = "Import a CSV or XLSX file into the workspace.",
        subcommands = {ImportAccountsCommand.class, ImportRevenueCommand.class, ImportFxCommand.class,
                ImportInflationCommand.class, ImportContactsCommand.class})
final class ImportCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "import";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to import: import accounts|revenue|fx|inflation|contacts FILE.");
    }
}
