package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code plans list [--gaps] [--json]}. */
@Command(name = PlansCommand.NAME, description = "The plans overview of key accounts and accounts with a plan.",
        subcommands = {PlansListCommand.class})
final class PlansCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "plans";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with plans: plans list [--gaps] [--json].");
    }
}
