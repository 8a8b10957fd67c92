package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.workspace.WorkspaceLocation;

class RecentWorkspacesTest {
    private static WorkspaceLocation p(String name) {
        return WorkspaceLocation.of(Path.of("/tmp/ws", name + ".mv.db"));
    }

    @Test
    void mostRecentFirstWithoutDuplicates() {
        List<WorkspaceLocation> list = RecentWorkspaces.afterOpening(List.of(p("a"), p("b"), p("c")), p("b"), x -> true);
        assertThat(list).containsExactly(p("b"), p("a"), p("c"));
    }

    @Test
    void keepsAtMostEight() {
        List<WorkspaceLocation> recent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            recent.add(p("w" + i));
        }
        List<WorkspaceLocation> list = RecentWorkspaces.afterOpening(recent, p("new"), x -> true);
        assertThat(list).hasSize(8).startsWith(p("new")).doesNotContain(p("w7"));
    }

    @Test
    void prunesFilesThatNoLongerExist() {
        List<WorkspaceLocation> list = RecentWorkspaces.afterOpening(List.of(p("gone"), p("here")), p("new"),
                x -> !x.equals(p("gone")));
        assertThat(list).containsExactly(p("new"), p("here"));
    }

    @Test
    void aTeamWorkspaceIsRememberedByItsAddressWithoutAPassword() {
        WorkspaceLocation team = WorkspaceLocation.parse("postgresql://db:5432/kam?user=anna");
        List<WorkspaceLocation> list = RecentWorkspaces.afterOpening(List.of(p("a")), team, x -> true);
        assertThat(list).containsExactly(team, p("a"));
        assertThat(list.get(0).text()).isEqualTo("postgresql://db:5432/kam?user=anna");
        assertThat(RecentWorkspaces.afterOpening(list, p("b"), x -> true)).containsExactly(p("b"), team, p("a"));
    }
}
