package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code account show EXTERNAL_ID [--json]}. */
@Command(name = "account", description = "Look at one account: its group, people and team.",
        subcommands = {AccountShowCommand.class})
final class AccountCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the account: account show EXTERNAL_ID [--json].");
    }
}
