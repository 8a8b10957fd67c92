package org.kamworkbench.service.workspace;


/**
 * An opener that opens every workspace with one password: an encrypted workspace needs it, a new one is
 * created encrypted with it, and its backups are read with it. The password lives only as long as this.
 */
public final class PasswordOpener implements WorkspaceOpener {
    private final WorkspaceOpener opener;
    private final char[] password;

    public PasswordOpener(WorkspaceOpener opener, char[] password) {
        this.opener = opener;
        this.password = password.clone();
    }

    @Override
    public WorkspaceServices open(WorkspaceLocation path) {
        return opener.open(path, password);
    }

    @Override
    public WorkspaceServices openForReading(WorkspaceLocation path) {
        return opener.openForReading(path, password);
    }

    @Override
    public WorkspaceServices open(WorkspaceLocation path, char[] otherPassword) {
        return opener.open(path, otherPassword);
    }

    @Override
    public WorkspaceServices openForReading(WorkspaceLocation path, char[] otherPassword) {
        return opener.openForReading(path, otherPassword);
    }

    @Override
    public void createWith(WorkspaceLocation path, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(path, password, fill);
    }

    @Override
    public void createWith(WorkspaceLocation path, char[] otherPassword, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(path, otherPassword, fill);
    }

    @Override
    public boolean exists(WorkspaceLocation path) {
        return opener.exists(path);
    }

    @Override
    public void deleteCreated(WorkspaceLocation created) throws java.io.IOException {
        opener.deleteCreated(created);
    }

    @Override
    public WorkspaceBackups backups() {
        return opener.backups(password);
    }

    @Override
    public WorkspaceBackups backups(char[] otherPassword) {
        return opener.backups(otherPassword);
    }

    @Override
    public WorkspacePasswords passwords() {
        return opener.passwords();
    }

    @Override
    public WorkspaceLocation defaultWorkspace() {
        return opener.defaultWorkspace();
    }
}
