package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Texts;

class WorkspaceNamesTest {
    private final Texts english = TestWorkspaces.english();
    private final Path folder = Path.of("clients");
    private final WorkspaceLocation team = WorkspaceLocation.of(ServerAddress.parse("postgresql://db.example:5432/acme?user=ada"));

    @Test
    void aNewWorkspaceTakesAPlainNameAndNeverDoublesTheExtension() {
        assertThat(WorkspaceNames.file(folder.resolve("Acme import"))).isEqualTo(folder.resolve("Acme import.mv.db"));
        assertThat(WorkspaceNames.file(folder.resolve("Acme import.db"))).isEqualTo(folder.resolve("Acme import.mv.db"));
        assertThat(WorkspaceNames.file(folder.resolve("Acme import.mv.db"))).isEqualTo(folder.resolve("Acme import.mv.db"));
        assertThat(WorkspaceNames.file(folder.resolve("Acme import.db.mv.db"))).isEqualTo(folder.resolve("Acme import.mv.db"));
        assertThat(WorkspaceNames.file(folder.resolve(" Acme.MV "))).isEqualTo(folder.resolve("Acme.mv.db"));
    }

    @Test
    void aFileIsNamedByItsFileNameInMessagesAndByItsPathInTheRecentList() {
        WorkspaceLocation file = WorkspaceLocation.of(folder.resolve("acme.mv.db"));
        assertThat(WorkspaceNames.display(file, english)).isEqualTo("acme.mv.db");
        assertThat(WorkspaceNames.recent(file, english)).isEqualTo(folder.resolve("acme.mv.db").toString());
    }

    @Test
    void aTeamWorkspaceSaysSoWithItsServerAndUserInEachLanguage() {
        assertThat(WorkspaceNames.display(team, english)).isEqualTo("Team workspace acme on db.example (ada)");
        assertThat(WorkspaceNames.recent(team, english)).isEqualTo("Team workspace acme on db.example (ada)");
        assertThat(WorkspaceNames.recent(team, Texts.forLocale(Locale.ITALY)))
                .isEqualTo("Spazio di lavoro del team acme su db.example (ada)");
    }

    @Test
    void theTitleNamesAnOpenWorkspaceByItsNameOrAsATeamWorkspace() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        assertThat(WorkspaceNames.shown(TestWorkspaces.services("acme", folder.resolve("acme.mv.db"), ws, () -> { }),
                english)).isEqualTo("acme");
    }
}
