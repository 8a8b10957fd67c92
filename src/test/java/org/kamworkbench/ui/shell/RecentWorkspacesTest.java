package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentWorkspacesTest {
    private static Path p(String name) {
        return Path.of("/tmp/ws", name + ".mv.db");
    }

    @Test
    void mostRecentFirstWithoutDuplicates() {
        List<Path> list = RecentWorkspaces.afterOpening(List.of(p("a"), p("b"), p("c")), p("b"), x -> true);
        assertThat(list).containsExactly(p("b"), p("a"), p("c"));
    }

    @Test
    void keepsAtMostEight() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            recent.add(p("w" + i));
        }
        List<Path> list = RecentWorkspaces.afterOpening(recent, p("new"), x -> true);
        assertThat(list).hasSize(8).startsWith(p("new")).doesNotContain(p("w7"));
    }

    @Test
    void prunesFilesThatNoLongerExist() {
        List<Path> list = RecentWorkspaces.afterOpening(List.of(p("gone"), p("here")), p("new"),
                x -> !x.equals(p("gone")));
        assertThat(list).containsExactly(p("new"), p("here"));
    }

    @Test
    void aTeamWorkspaceIsRememberedByItsAddressWithoutAPassword() {
        Path team = org.kamworkbench.service.workspace.ServerAddress.parse("postgresql://db:5432/kam?user=anna").toPath();
        List<Path> list = RecentWorkspaces.afterOpening(List.of(p("a")), team, x -> true);
        assertThat(list).containsExactly(team, p("a"));
        assertThat(org.kamworkbench.service.workspace.ServerAddress.of(list.get(0)).orElseThrow())
                .hasToString("postgresql://db:5432/kam?user=anna");
        assertThat(RecentWorkspaces.afterOpening(list, p("b"), x -> true)).containsExactly(p("b"), team, p("a"));
    }
}
