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

    /**
     * Removes the file of a workspace that opening created and nobody used. Openers that create no
     * files have nothing to remove.
     */
    default void deleteCreated(Path file) throws java.io.IOException {
    }

    /** The automatic backups of workspaces (listing and restoring closed ones). */
    WorkspaceBackups backups();

    /** The workspace opened on first start: in the user's home. */
    Path defaultWorkspace();
}
