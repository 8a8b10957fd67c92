package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamworkbench.service.workspace.WorkspaceDamagedException;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** Every documented exit code, through a whole call: the code and a message without exception names. */
class ExitCodesTest {
    private static WorkspaceOpener failingWith(RuntimeException failure) {
        return new WorkspaceOpener() {
            @Override
            public org.kamworkbench.service.workspace.WorkspaceServices open(org.kamworkbench.service.workspace.WorkspaceLocation path) {
                throw failure;
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceLocation defaultWorkspace() {
                return org.kamworkbench.service.workspace.WorkspaceLocation.of(java.nio.file.Path.of("/nonexistent/default.kam"));
            }

            @Override
            public org.kamworkbench.service.workspace.WorkspaceBackups backups() {
                return new org.kamworkbench.app.WorkspaceWiring(java.nio.file.Path.of("/nonexistent")).backups();
            }

            @Override
            public void createWith(org.kamworkbench.service.workspace.WorkspaceLocation path,
                                   java.util.function.Consumer<org.kamworkbench.service.workspace.WorkspaceServices> fill) {
                throw new UnsupportedOperationException("not used by these tests");
            }
        };
    }

    @Test
    void aBusyWorkspaceExits3WithItsSentence() {
        CliRun run = CliRun.run(failingWith(new WorkspaceUnavailableException(
                "The workspace /w is open in another window or process.", true, null)), "status");
        assertThat(run.exitCode()).isEqualTo(KamCli.BUSY).isEqualTo(3);
        assertThat(run.err()).contains("open in another window or process").doesNotContain("Exception");
    }

    @Test
    void aWorkspaceThatCannotBeOpenedForAnotherReasonIsBadInput() {
        CliRun run = CliRun.run(failingWith(new WorkspaceUnavailableException("Wrong password for workspace /w.",
                false, null)), "status");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aDamagedWorkspaceExits4() {
        CliRun run = CliRun.run(failingWith(new WorkspaceDamagedException(
                "The workspace /w is damaged: it lost changes since it was last saved.")), "status");
        assertThat(run.exitCode()).isEqualTo(KamCli.DAMAGED).isEqualTo(4);
        assertThat(run.err()).contains("is damaged").doesNotContain("Exception");
    }

    @Test
    void anUnexpectedFailureExits1WithoutTheExceptionsName() {
        CliRun run = CliRun.run(failingWith(new IllegalStateException("the disk went away")), "status");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Unexpected failure: the disk went away")
                .doesNotContain("IllegalStateException").doesNotContain("\tat ");
    }

    @Test
    void theExitCodesAreListedInHelp() {
        CliRun run = CliRun.run(failingWith(new IllegalStateException("not opened for help")), "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("3").contains("busy").contains("damaged")
                .contains("KAM_SERVER=on");
    }
}
