package org.kamworkbench.ui.shell;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import org.kamworkbench.service.workspace.WorkspaceOpener;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The open workspace's backups and password: listing and restoring backups, changing the password. A change
 * closes the workspace, works on its file in the background and opens it again.
 */
final class BackupsAndPassword {
    /** Work on the file of a closed workspace (a restore, a new password). */
    @FunctionalInterface
    private interface FileChange {
        void apply(WorkspaceLocation path) throws Exception;
    }

    private final ShellViewModel shell;
    private final WorkspaceOpener opener;
    private final Background background;

    BackupsAndPassword(ShellViewModel shell, WorkspaceOpener opener, Background background) {
        this.shell = shell;
        this.opener = opener;
        this.background = background;
    }

    /** Lists the open workspace's automatic backups in the background, newest first, each compared with it. */
    void listBackups(Consumer<List<BackupInfo>> then) {
        WorkspaceServices services = shell.workspaceProperty().get();
        if (services == null) {
            return;
        }
        WorkspaceLocation path = services.location();
        char[] password = shell.password();
        background.run(texts().get("progress.backups"), monitor -> opener.backups(password).list(path), then,
                failure -> shell.openFailed(new ShellViewModel.OpenFailure(path, Problems.sentence(failure, texts()),
                        false)));
    }

    /**
     * Puts the backup {@code fileName} in place of the open workspace: closes it, restores (the current
     * file is kept as one more backup) and opens it again. On failure the workspace opens as it was.
     */
    void restore(String fileName) {
        char[] password = shell.password();
        changeClosed(texts().get("progress.restoring"), path -> opener.backups(password).restore(path, fileName),
                password, () -> { }, (path, failure) -> shell.openFailed(ShellViewModel.OpenFailure.of(path, failure, texts())));
    }

    /** Whether the open workspace is encrypted. */
    boolean encrypted() {
        WorkspaceServices services = shell.workspaceProperty().get();
        return services != null && opener.passwords().encrypted(services.location());
    }

    /**
     * Changes (next null: removes) the password of the open workspace: closes it, re-encrypts it (see
     * {@link org.kamworkbench.service.workspace.WorkspacePasswords#change}) and opens it again, with the new
     * password, or as it was when that failed ({@code failed} gets the sentence).
     */
    void changePassword(char[] current, char[] next, Consumer<String> done, Consumer<String> failed) {
        changeClosed(texts().get("password.change.progress"), path -> opener.passwords().change(path, current, next),
                next, () -> done.accept(texts().get(next == null ? "password.removed" : "password.changed")),
                (path, failure) -> failed.accept(Problems.sentence(failure, texts())));
    }

    /**
     * Closes the open workspace and runs {@code change} on it in the background; then opens it again with
     * {@code reopenWith} and runs {@code changed}, or, when the change failed, tells {@code failed} and opens
     * it as it was.
     */
    private void changeClosed(String progress, FileChange change, char[] reopenWith, Runnable changed,
                              BiConsumer<WorkspaceLocation, Throwable> failed) {
        char[] before = shell.password();
        WorkspaceServices services = shell.takeForChange();
        if (services == null) {
            return;
        }
        WorkspaceLocation path = services.location();
        background.run(progress, monitor -> {
            services.close();
            change.apply(path);
            return null;
        }, ok -> {
            shell.open(path, reopenWith);
            changed.run();
        }, failure -> {
            failed.accept(path, failure);
            shell.open(path, before);
        });
    }

    private Texts texts() {
        return shell.textsProperty().get();
    }
}
