package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/** A workspace held by another process is refused with a sentence, and free again once released. */
class WorkspaceLockTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessGetsAClearMessage() throws Exception {
        Path path = dir.resolve("shared");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldWorkspace.class.getName(), path.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Workspace.open(path, null))
                    .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> {
                        assertThat(e.inUse()).isTrue();
                        assertThat(e.getMessage()).contains("open in another window").doesNotContain("Exception");
                    });
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Workspace ws = Workspace.open(path, null)) {
            assertThat(ws.file()).exists();
        }
    }

    @Test
    void encryptedWorkspaceNeedsItsPassword() {
        Path path = dir.resolve("secret");
        try (Workspace ignored = Workspace.open(path, "s3cret".toCharArray())) {
            // created encrypted
        }
        assertThatThrownBy(() -> Workspace.open(path, "wrong".toCharArray()))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("That is not the password of the workspace");
        try (Workspace ws = Workspace.open(path, "s3cret".toCharArray())) {
            assertThat(new AccountStore(ws.jdbi()).count()).isZero();
        }
    }
}
