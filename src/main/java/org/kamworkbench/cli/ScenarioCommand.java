package org.kamworkbench.cli;

import picocli.CommandLine.Command;

/** {@code scenario <what-if>}: what-if scenarios on the portfolio. */
@Command(name = ScenarioCommand.NAME, description = "What-if scenarios on the portfolio.", subcommands = {LoseCommand.class})
final class ScenarioCommand {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "scenario";

}
