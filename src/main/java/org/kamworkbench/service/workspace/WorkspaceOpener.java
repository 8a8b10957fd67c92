package org.kamworkbench.service.workspace;

import java.nio.file.Path;

/** Opens (creating when missing) a workspace and wires its services. */
public interface WorkspaceOpener {
    /** @throws WorkspaceUnavailableException with a user sentence when it cannot be opened */
    WorkspaceServices open(Path path);

    /** Whether {@code path} names a workspace that exists already (opening it creates nothing). */
    default boolean exists(Path path) {
        return true;
    }

    /** The workspace opened on first start: in the user's home. */
    Path defaultWorkspace();
}
