package org.kamworkbench.store;

import java.nio.file.Path;
import org.kamworkbench.service.workspace.WorkspaceLocation;

/** The file behind a workspace location, for what only an H2 workspace on this computer has. */
final class FileLocations {
    private FileLocations() {
    }

    /**
     * The workspace file of {@code location}.
     *
     * @throws IllegalArgumentException for a team workspace on a server (callers refuse those first, with a
     *                                  sentence of their own)
     */
    static Path fileOf(WorkspaceLocation location) {
        return location.file().orElseThrow(() -> new IllegalArgumentException(
                "A team workspace on a server has no workspace file: " + location.text()));
    }
}
