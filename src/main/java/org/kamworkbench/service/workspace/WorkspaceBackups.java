package org.kamworkbench.service.workspace;

import java.util.List;

/** The automatic backups of a workspace, kept beside it in {@code name.backups/}. */
public interface WorkspaceBackups {
    /** Newest first, each compared with the current workspace. */
    List<BackupInfo> list(WorkspaceLocation workspace);

    /**
     * Puts the backup named {@code fileName} in place of the workspace, keeping the current file as one
     * more backup first. The workspace must be closed.
     *
     * @throws WorkspaceUnavailableException (in use) while the workspace is open elsewhere
     * @throws IllegalArgumentException when there is no such backup
     */
    void restore(WorkspaceLocation workspace, String fileName);

    /** The newest backup taken before an import, if any (what "Undo last import" restores). */
    default java.util.Optional<BackupInfo> lastBeforeImport(WorkspaceLocation workspace) {
        return list(workspace).stream().filter(b -> BackupInfo.BEFORE_IMPORT.equals(b.reason())).findFirst();
    }
}
