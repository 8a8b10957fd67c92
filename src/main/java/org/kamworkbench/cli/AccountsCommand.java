package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code accounts list [--json]}. */
@Command(name = AccountsCommand.NAME, description = "Work with the workspace's accounts.",
        subcommands = {AccountsListCommand.class})
final class AccountsCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "accounts";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the accounts: accounts list [--json].");
    }
}
