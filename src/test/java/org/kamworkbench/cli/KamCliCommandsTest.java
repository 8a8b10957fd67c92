package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KamCliCommandsTest {
    @Test
    void onlyTheNamedCommandIsBuiltWhereverTheWorkspaceOptionStands() {
        assertThat(KamCli.commandsNamedIn(new String[] {"--workspace", "status", "analyze", "pareto"}))
                .containsExactly(AnalyzeCommand.class);
        assertThat(KamCli.commandsNamedIn(new String[] {"import", "revenue", "f.csv", "--workspace", "w"}))
                .containsExactly(ImportCommand.class);
    }

    @Test
    void helpAndUnknownWordsGetEveryCommand() {
        assertThat(KamCli.commandsNamedIn(new String[] {"--help"})).isEqualTo(KamCli.COMMANDS);
        assertThat(KamCli.commandsNamedIn(new String[] {"analyse"})).isEqualTo(KamCli.COMMANDS);
    }
}
