package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliWarmUpTest {
    @TempDir
    Path home;

    @Test
    void theWarmUpCallsSucceedOnAThrowAwayWorkspaceAndLeaveNothingBehind() throws Exception {
        WorkspaceWiring wiring = new WorkspaceWiring(home);
        List<Path> opened = new ArrayList<>();
        WorkspaceOpener recording = new WorkspaceOpener() {
            @Override
            public synchronized WorkspaceServices open(org.kamworkbench.service.workspace.WorkspaceLocation path) {
                opened.add(path.file().orElseThrow());
                return wiring.open(path);
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceLocation defaultWorkspace() {
                return wiring.defaultWorkspace();
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceBackups backups() {
                return wiring.backups();
            }

            @Override
            public void createWith(org.kamworkbench.service.workspace.WorkspaceLocation path,
                                   java.util.function.Consumer<org.kamworkbench.service.workspace.WorkspaceServices> fill) {
                wiring.createWith(path, fill);
            }
        };
        assertThat(CliWarmUp.run(recording, () -> false)).as("every warm-up call succeeds").isTrue();
        assertThat(opened).hasSize(5).containsOnly(opened.get(0));
        assertThat(opened.get(0).getParent()).as("the throw-away folder is gone").doesNotExist();
        assertThat(wiring.defaultWorkspace().file().orElseThrow()).doesNotExist();
    }

    @Test
    void aRealCallStopsTheWarmUp() throws Exception {
        WorkspaceWiring wiring = new WorkspaceWiring(home);
        assertThat(CliWarmUp.run(wiring, () -> true)).isFalse();
        assertThat(wiring.defaultWorkspace().file().orElseThrow()).doesNotExist();
    }
}
