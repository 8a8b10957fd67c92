package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class KamCliCommandsTest {
    private static final List<Class<?>> ALL = KamCli.COMMANDS.stream().<Class<?>>map(KamCli.Named::command).toList();

    @Test
    void onlyTheNamedCommandIsBuiltWhereverTheWorkspaceOptionStands() {
        assertThat(KamCli.commandsNamedIn(new String[] {"--workspace", "status", "analyze", "pareto"}))
                .containsExactly(AnalyzeCommand.class);
        assertThat(KamCli.commandsNamedIn(new String[] {"import", "revenue", "f.csv", "--workspace", "w"}))
                .containsExactly(ImportCommand.class);
        assertThat(KamCli.commandsNamedIn(new String[] {"spend", "import", "s.csv"}))
                .containsExactly(InputFileCommands.Spend.class);
    }

    @Test
    void helpAndUnknownWordsGetEveryCommand() {
        assertThat(KamCli.commandsNamedIn(new String[] {"--help"})).isEqualTo(ALL);
        assertThat(KamCli.commandsNamedIn(new String[] {"analyse"})).isEqualTo(ALL);
    }

    @Test
    void eachCommandIsMatchedByTheNameItsAnnotationGivesIt() {
        assertThat(KamCli.COMMANDS).allSatisfy(named ->
                assertThat(named.command().getAnnotation(Command.class).name()).isEqualTo(named.name()));
        assertThat(KamCli.COMMANDS.stream().map(KamCli.Named::name).distinct()).hasSize(KamCli.COMMANDS.size());
    }
}
