package org.kamworkbench.cli;

import picocli.CommandLine.Command;

/** {@code scenario <what-if>}: what-if scenarios on the portfolio. */
@Command(name = "scenario", description = "What-if scenarios on the portfolio.", subcommands = {LoseCommand.class})
final class ScenarioCommand {
}
