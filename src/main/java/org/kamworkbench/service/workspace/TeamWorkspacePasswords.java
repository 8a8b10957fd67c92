package org.kamworkbench.service.workspace;


/** Encrypted H2 workspaces; a team workspace on a server has no file to encrypt (its users' passwords are the server's). */
public final class TeamWorkspacePasswords implements WorkspacePasswords {
    private final WorkspacePasswords files;

    public TeamWorkspacePasswords(WorkspacePasswords files) {
        this.files = files;
    }

    @Override
    public boolean encrypted(WorkspaceLocation workspace) {
        return !workspace.onServer() && files.encrypted(workspace);
    }

    @Override
    public void change(WorkspaceLocation workspace, char[] current, char[] next) {
        if (workspace.onServer()) {
            throw new WorkspaceUnavailableException("A team workspace on a server has no workspace password: each "
                    + "person's password is their login on the server, which the administrator changes "
                    + "(ALTER ROLE … PASSWORD).", false, null);
        }
        files.change(workspace, current, next);
    }
}
