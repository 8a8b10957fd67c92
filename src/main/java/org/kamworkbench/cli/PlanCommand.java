package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code plan show EXTERNAL_ID [--json]}. */
@Command(name = PlanCommand.NAME, description = "Work with account plans.", subcommands = {PlanShowCommand.class})
final class PlanCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "plan";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with plans: plan show EXTERNAL_ID [--json].");
    }
}
