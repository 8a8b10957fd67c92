package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code actions list [--owner NAME] [--overdue] [--json]}. */
@Command(name = ActionsCommand.NAME, description = "Work with the actions of account plans.",
        subcommands = {ActionsListCommand.class})
final class ActionsCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "actions";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with actions: actions list [--owner NAME] [--overdue] [--json].");
    }
}
