package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code demo load}. */
@Command(name = DemoCommand.NAME, description = "The demo portfolio.", subcommands = {DemoLoadCommand.class})
final class DemoCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "demo";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the demo: demo load [--workspace PATH].");
    }
}
