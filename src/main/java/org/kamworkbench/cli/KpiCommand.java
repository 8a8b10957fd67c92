package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kpi import FILE [--create]}. */
@Command(name = "kpi", description = "Work with account KPIs.", subcommands = {KpiImportCommand.class})
final class KpiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with KPIs: kpi import FILE.csv [--create].");
    }
}
