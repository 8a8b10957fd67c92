package org.kamworkbench.service.workspace;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens (creating when missing) a workspace and wires its services. */
public interface WorkspaceOpener {
    /** @throws WorkspaceUnavailableException with a user sentence when it cannot be opened */
    WorkspaceServices open(Path path);

    /**
     * Opens a workspace only to read it: nothing is written into its file (any write fails). Openers
     * without a read-only mode open it normally.
     */
    default WorkspaceServices openForReading(Path path) {
        return open(path);
    }

    /** Whether {@code path} names a workspace that exists already (opening it creates nothing). */
    default boolean exists(Path path) {
        return true;
    }

    /**
     * Creates a new workspace at {@code path} (none may be there) holding what {@code fill} writes
     * into it: it appears complete, or not at all (a failure or cancel leaves nothing behind).
     */
    void createWith(Path path, Consumer<WorkspaceServices> fill);

    /** As {@link #createWith(Path, Consumer)}, the new workspace encrypted with {@code password} (null: plain). */
    default void createWith(Path path, char[] password, Consumer<WorkspaceServices> fill) {
        if (password != null) {
            throw new WorkspaceUnavailableException("This opener cannot create encrypted workspaces.", false, null);
        }
        createWith(path, fill);
    }

    /**
     * Removes the file of a workspace that opening created and nobody used. Openers that create no
     * files have nothing to remove.
     */
    default void deleteCreated(Path file) throws java.io.IOException {
    }

    /** The automatic backups of workspaces (listing and restoring closed ones). */
    WorkspaceBackups backups();

    /**
     * Opens with a password (null: none): an encrypted workspace needs its password, and a missing one is
     * created encrypted with it. A workspace that is not encrypted opens whatever the password.
     *
     * @throws WorkspacePasswordException when the password is missing or wrong
     */
    default WorkspaceServices open(Path path, char[] password) {
        if (password != null) {
            throw new WorkspaceUnavailableException("Encrypted workspaces cannot be opened here.", false, null);
        }
        return open(path);
    }

    /** {@link #openForReading(Path)} with a password, as {@link #open(Path, char[])}. */
    default WorkspaceServices openForReading(Path path, char[] password) {
        if (password != null) {
            throw new WorkspaceUnavailableException("Encrypted workspaces cannot be opened here.", false, null);
        }
        return openForReading(path);
    }

    /** The automatic backups, read with {@code password} (those of an encrypted workspace are encrypted too). */
    default WorkspaceBackups backups(char[] password) {
        if (password != null) {
            throw new WorkspaceUnavailableException("Encrypted workspaces cannot be opened here.", false, null);
        }
        return backups();
    }

    /** Whether workspaces are encrypted, and changing their passwords. */
    default WorkspacePasswords passwords() {
        return new WorkspacePasswords() {
            @Override
            public boolean encrypted(Path workspace) {
                return false;
            }

            @Override
            public void change(Path workspace, char[] current, char[] next) {
                throw new WorkspaceUnavailableException("Encrypted workspaces cannot be made here.", false, null);
            }
        };
    }

    /**
     * Whether opening {@code path} without a password would ask for one that nothing else gives: a team
     * workspace on a server whose password neither the environment nor ~/.pgpass holds.
     */
    default boolean needsPassword(Path path) {
        return false;
    }

    /** The workspace opened on first start: in the user's home. */
    Path defaultWorkspace();
}
