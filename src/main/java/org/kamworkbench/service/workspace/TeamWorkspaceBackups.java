package org.kamworkbench.service.workspace;

import java.util.List;

/**
 * The automatic backups of H2 workspaces; a team workspace on a server has none of its own (the
 * administrator's {@code pg_dump} is its backup), and asking for them says so instead of failing.
 */
public final class TeamWorkspaceBackups implements WorkspaceBackups {
    /** Why a team workspace lists no backups and cannot be restored or have an import undone here. */
    public static final String NONE = "A team workspace on a server has no automatic backups in KAM Workbench: "
            + "the administrator's pg_dump of the database is its backup. Ask them to restore one.";
    private final WorkspaceBackups files;

    public TeamWorkspaceBackups(WorkspaceBackups files) {
        this.files = files;
    }

    @Override
    public List<BackupInfo> list(WorkspaceLocation workspace) {
        refuseOnAServer(workspace);
        return files.list(workspace);
    }

    @Override
    public void restore(WorkspaceLocation workspace, String fileName) {
        refuseOnAServer(workspace);
        files.restore(workspace, fileName);
    }

    private static void refuseOnAServer(WorkspaceLocation workspace) {
        if (workspace.onServer()) {
            throw new WorkspaceUnavailableException(NONE, false, null);
        }
    }
}
