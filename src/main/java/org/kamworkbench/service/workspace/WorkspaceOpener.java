package org.kamworkbench.service.workspace;

import java.util.function.Consumer;

/** Opens (creating when missing) a workspace and wires its services. */
public interface WorkspaceOpener {
    /** @throws WorkspaceUnavailableException with a user sentence when it cannot be opened */
    WorkspaceServices open(WorkspaceLocation location);

    /**
     * Opens a workspace only to read it: nothing is written into its file (any write fails). Openers
     * without a read-only mode open it normally.
     */
    default WorkspaceServices openForReading(WorkspaceLocation location) {
        return open(location);
    }

    /** Whether {@code location} names a workspace that exists already (opening it creates nothing). */
    default boolean exists(WorkspaceLocation location) {
        return true;
    }

    /**
     * Creates a new workspace at {@code location} (none may be there) holding what {@code fill} writes
     * into it: it appears complete, or not at all (a failure or cancel leaves nothing behind).
     */
    void createWith(WorkspaceLocation location, Consumer<WorkspaceServices> fill);

    /** As {@link #createWith(WorkspaceLocation, Consumer)}, the new workspace encrypted with {@code password} (null: plain). */
    default void createWith(WorkspaceLocation location, char[] password, Consumer<WorkspaceServices> fill) {
        if (password != null) {
            throw new WorkspaceUnavailableException("This opener cannot create encrypted workspaces.", false, null);
        }
        createWith(location, fill);
    }

    /**
     * Removes the file of a workspace that opening created and nobody used. Openers that create no
     * files have nothing to remove.
     */
    default void deleteCreated(WorkspaceLocation created) throws java.io.IOException {
    }

    /** The automatic backups of workspaces (listing and restoring closed ones). */
    WorkspaceBackups backups();

    /**
     * Opens with a password (null: none): an encrypted workspace needs its password, and a missing one is
     * created encrypted with it. A workspace that is not encrypted opens whatever the password.
     *
     * @throws WorkspacePasswordException when the password is missing or wrong
     */
    default WorkspaceServices open(WorkspaceLocation location, char[] password) {
        if (password != null) {
            throw new WorkspaceUnavailableException("Encrypted workspaces cannot be opened here.", false, null);
        }
        return open(location);
    }

    /** {@link #openForReading(WorkspaceLocation)} with a password, as {@link #open(WorkspaceLocation, char[])}. */
    default WorkspaceServices openForReading(WorkspaceLocation location, char[] password) {
        if (password != null) {
            throw new WorkspaceUnavailableException("Encrypted workspaces cannot be opened here.", false, null);
        }
        return openForReading(location);
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
            public boolean encrypted(WorkspaceLocation workspace) {
                return false;
            }

            @Override
            public void change(WorkspaceLocation workspace, char[] current, char[] next) {
                throw new WorkspaceUnavailableException("Encrypted workspaces cannot be made here.", false, null);
            }
        };
    }

    /**
     * Whether opening {@code location} without a password would ask for one that nothing else gives: a team
     * workspace on a server whose password neither the environment nor ~/.pgpass holds.
     */
    default boolean needsPassword(WorkspaceLocation location) {
        return false;
    }

    /** The workspace opened on first start: a file in the user's home. */
    WorkspaceLocation defaultWorkspace();
}
