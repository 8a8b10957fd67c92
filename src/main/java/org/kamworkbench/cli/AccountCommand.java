package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code account show EXTERNAL_ID [--json]}, {@code account forget-person ID}, {@code account export-person ID}. */
@Command(name = AccountCommand.NAME, description = "Look at one account: its group, people and team; export or forget a person.",
        subcommands = {AccountShowCommand.class, PersonCommands.ForgetPerson.class, PersonCommands.ExportPerson.class})
final class AccountCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "account";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the account: account show EXTERNAL_ID [--json], "
                + "account forget-person ID, or account export-person ID --out FILE.");
    }
}
