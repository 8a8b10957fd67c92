package org.kamworkbench.cli;

import picocli.CommandLine.Command;

/** {@code analyze <analysis>}: the portfolio analyses. */
@Command(name = AnalyzeCommand.NAME, description = "Analyse the portfolio.", subcommands = {ParetoCommand.class})
final class AnalyzeCommand {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "analyze";

}
