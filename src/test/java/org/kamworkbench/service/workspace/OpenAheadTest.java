package org.kamworkbench.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kamworkbench.app.WorkspaceWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAheadTest {
    @TempDir
    Path dir;

    @Test
    void theFirstOpenOfThePathTakesTheWorkspaceOpenedAhead() throws InterruptedException {
        Path ws = dir.resolve("ahead");
        CountDownLatch prepared = new CountDownLatch(1);
        OpenAhead ahead = OpenAhead.start(new WorkspaceWiring(dir), WorkspaceLocation.of(ws), prepared::countDown);
        try (WorkspaceServices services = ahead.open(WorkspaceLocation.of(ws))) {
            assertThat(services.location()).isEqualTo(WorkspaceLocation.of(dir.resolve("ahead.mv.db")));
            assertThat(services.accounts().list()).isEmpty();
        }
        try (WorkspaceServices other = ahead.open(WorkspaceLocation.of(dir.resolve("other")))) {
            assertThat(other.location()).as("other paths open as usual")
                    .isEqualTo(WorkspaceLocation.of(dir.resolve("other.mv.db")));
        }
        ahead.releaseUnused();
        assertThat(dir.resolve("ahead.mv.db")).as("a taken workspace stays").exists();
        // it runs on the opening thread right after the open, which may be a moment after the caller took it
        assertThat(prepared.await(10, TimeUnit.SECONDS)).as("what runs once the workspace is open").isTrue();
    }

    @Test
    void theDesktopsBackupsGoThroughTheOpenerItWraps() {
        Path ws = dir.resolve("backed");
        WorkspaceWiring wiring = new WorkspaceWiring(dir);
        try (WorkspaceServices services = wiring.open(WorkspaceLocation.of(ws))) {
            services.settings().setReportingCurrency("GBP"); // a session that wrote leaves a backup
        }
        OpenAhead ahead = OpenAhead.start(wiring, WorkspaceLocation.of(ws), () -> { });
        assertThat(ahead.backups().list(WorkspaceLocation.of(ws))).extracting(BackupInfo::reason).containsExactly(BackupInfo.AFTER_SESSION);
        ahead.releaseUnused();
    }

    @Test
    void aWorkspaceCreatedAheadButNeverTakenIsRemoved() {
        OpenAhead.start(new WorkspaceWiring(dir), WorkspaceLocation.of(dir.resolve("unused")), () -> { }).releaseUnused();
        assertThat(dir.resolve("unused.mv.db")).doesNotExist();
    }

    @Test
    void anExistingWorkspaceNeverTakenIsKept() {
        Path ws = dir.resolve("kept");
        new WorkspaceWiring(dir).open(WorkspaceLocation.of(ws)).close();
        OpenAhead.start(new WorkspaceWiring(dir), WorkspaceLocation.of(ws), () -> { }).releaseUnused();
        assertThat(dir.resolve("kept.mv.db")).exists();
    }

    @Test
    void aFailureToOpenComesOutOfTheOpenThatTakesIt() {
        WorkspaceOpener failing = new WorkspaceOpener() {
            @Override
            public WorkspaceServices open(WorkspaceLocation path) {
                throw new WorkspaceUnavailableException("The workspace x is open in another window.", true, null);
            }

            @Override
            public WorkspaceLocation defaultWorkspace() {
                return WorkspaceLocation.of(dir.resolve("x"));
            }

            @Override
            public WorkspaceBackups backups() {
                return new WorkspaceWiring(dir).backups();
            }

            @Override
            public void createWith(WorkspaceLocation path, java.util.function.Consumer<WorkspaceServices> fill) {
                throw new UnsupportedOperationException("not used by this test");
            }
        };
        OpenAhead ahead = OpenAhead.start(failing, WorkspaceLocation.of(dir.resolve("x")), () -> { });
        assertThatThrownBy(() -> ahead.open(WorkspaceLocation.of(dir.resolve("x")))).isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("another window");
    }
}
