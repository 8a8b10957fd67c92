package org.kamworkbench.service.workspace;

import java.nio.file.Path;

/** Opens (creating when missing) a workspace and wires its services. */
public interface WorkspaceOpener {
    /** @throws WorkspaceUnavailableException with a user sentence when it cannot be opened */
    WorkspaceServices open(Path path);

    /** The workspace opened on first start: in the user's home. */
    Path defaultWorkspace();
}
