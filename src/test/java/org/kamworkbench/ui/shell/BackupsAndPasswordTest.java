package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceBackups;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspacePasswordException;
import org.kamworkbench.service.workspace.WorkspacePasswords;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** One encrypted workspace file, "secret.mv.db", whose password is {@link #filePassword}. */
class BackupsAndPasswordTest {
    private final WorkspaceLocation secret = WorkspaceLocation.of(Path.of("secret.mv.db"));
    private final InMemoryWorkspace store = new InMemoryWorkspace();
    private char[] filePassword = "old".toCharArray();
    private boolean open;
    private final List<String> steps = new ArrayList<>();
    private String restoreRefusal;

    private final WorkspaceOpener opener = new WorkspaceOpener() {
        @Override
        public WorkspaceServices open(WorkspaceLocation location) {
            return open(location, null);
        }

        @Override
        public WorkspaceServices open(WorkspaceLocation location, char[] password) {
            if (!Arrays.equals(password, filePassword)) {
                throw new WorkspacePasswordException("The password is wrong.", password == null, null);
            }
            assertThat(open).as("opened twice").isFalse();
            open = true;
            steps.add("open with " + new String(password));
            return TestWorkspaces.services("secret", secret.file().orElseThrow(), store, () -> {
                open = false;
                steps.add("close");
            });
        }

        @Override
        public WorkspaceLocation defaultWorkspace() {
            return secret;
        }

        @Override
        public void createWith(WorkspaceLocation location, Consumer<WorkspaceServices> fill) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WorkspaceBackups backups() {
            return backups(null);
        }

        @Override
        public WorkspaceBackups backups(char[] password) {
            return new WorkspaceBackups() {
                @Override
                public List<BackupInfo> list(WorkspaceLocation workspace) {
                    steps.add("list with " + new String(password));
                    return List.of();
                }

                @Override
                public void restore(WorkspaceLocation workspace, String fileName) {
                    assertThat(open).as("closed before restoring").isFalse();
                    if (restoreRefusal != null) {
                        throw new WorkspaceUnavailableException(restoreRefusal, true, null);
                    }
                    steps.add("restore " + fileName + " with " + new String(password));
                }
            };
        }

        @Override
        public WorkspacePasswords passwords() {
            return new WorkspacePasswords() {
                @Override
                public boolean encrypted(WorkspaceLocation workspace) {
                    return filePassword != null;
                }

                @Override
                public void change(WorkspaceLocation workspace, char[] current, char[] next) {
                    assertThat(open).as("closed before re-encrypting").isFalse();
                    if (!Arrays.equals(current, filePassword)) {
                        throw new IllegalArgumentException("The current password is not the workspace's.");
                    }
                    filePassword = next;
                    steps.add("re-encrypt");
                }
            };
        }
    };

    private final ShellViewModel shell = new ShellViewModel(opener, new MemoryPreferences(), Background.DIRECT,
            TestWorkspaces.english());
    private final BackupsAndPassword backups = shell.backupsAndPassword();
    private final List<ShellViewModel.OpenFailure> failures = new ArrayList<>();

    private void openSecret() {
        shell.setOnOpenFailure(failures::add);
        shell.open(secret, "old".toCharArray());
        assertThat(shell.workspaceProperty().get()).isNotNull();
        steps.clear();
    }

    @Test
    void withNoWorkspaceOpenThereIsNothingToChange() {
        backups.restore("any.zip");
        backups.changePassword("old".toCharArray(), "new".toCharArray(), steps::add, steps::add);
        backups.listBackups(list -> steps.add("listed"));
        assertThat(steps).isEmpty();
        assertThat(backups.encrypted()).isFalse();
    }

    @Test
    void theBackupsAreReadWithTheOpenWorkspacesPassword() {
        openSecret();
        assertThat(backups.encrypted()).isTrue();
        backups.listBackups(list -> steps.add("listed " + list.size()));
        assertThat(steps).containsExactly("list with old", "listed 0");
    }

    @Test
    void aNewPasswordClosesReEncryptsAndReopensWithIt() {
        openSecret();
        List<String> said = new ArrayList<>();
        backups.changePassword("old".toCharArray(), "new".toCharArray(), said::add, said::add);
        assertThat(steps).containsExactly("close", "re-encrypt", "open with new");
        assertThat(said).containsExactly("The password is changed, for the workspace and its backups. "
                + "The previous file is kept as a backup.");
        assertThat(shell.workspaceProperty().get()).isNotNull();
        assertThat(shell.openingProperty().get()).isFalse();
        steps.clear();
        backups.listBackups(list -> { });
        assertThat(steps).as("the backups are read with the new password").containsExactly("list with new");
    }

    @Test
    void aRefusedChangeIsSaidAndTheWorkspaceOpensAsItWas() {
        openSecret();
        List<String> said = new ArrayList<>();
        backups.changePassword("wrong".toCharArray(), "new".toCharArray(), done -> said.add("done " + done),
                failed -> said.add("failed " + failed));
        assertThat(said).containsExactly("failed The current password is not the workspace's.");
        assertThat(steps).containsExactly("close", "open with old");
        assertThat(shell.workspaceProperty().get()).isNotNull();
    }

    @Test
    void aRestoreClosesRestoresWithThePasswordAndReopens() {
        openSecret();
        backups.restore("secret-1-before-import.zip");
        assertThat(steps).containsExactly("close", "restore secret-1-before-import.zip with old", "open with old");
        assertThat(failures).isEmpty();
    }

    @Test
    void aRefusedRestoreIsReportedAsAnOpenFailureAndTheWorkspaceOpensAsItWas() {
        openSecret();
        restoreRefusal = "The workspace is open in another window.";
        backups.restore("secret-1-before-import.zip");
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("The workspace is open in another window.");
            assertThat(f.inUse()).isTrue();
            assertThat(f.path()).isEqualTo(secret);
        });
        assertThat(steps).containsExactly("close", "open with old");
        assertThat(shell.workspaceProperty().get()).isNotNull();
    }
}
