package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kpi import FILE [--create]}. */
@Command(name = KpiCommand.NAME, description = "Work with account KPIs.", subcommands = {KpiImportCommand.class})
final class KpiCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "kpi";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with KPIs: kpi import FILE.csv [--create].");
    }
}
