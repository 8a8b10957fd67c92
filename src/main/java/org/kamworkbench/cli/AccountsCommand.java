package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code accounts list [--json]}. */
@Command(name = "accounts", description = "Work with the workspace's accounts.",
        subcommands = {AccountsListCommand.class})
final class AccountsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the accounts: accounts list [--json].");
    }
}
