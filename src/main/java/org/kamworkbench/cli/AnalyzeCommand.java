package org.kamworkbench.cli;

import picocli.CommandLine.Command;

/** {@code analyze <analysis>}: the portfolio analyses. */
@Command(name = "analyze", description = "Analyse the portfolio.", subcommands = {ParetoCommand.class})
final class AnalyzeCommand {
}
