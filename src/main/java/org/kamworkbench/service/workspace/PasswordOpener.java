package org.kamworkbench.service.workspace;

import java.nio.file.Path;

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
    public WorkspaceServices open(Path path) {
        return opener.open(path, password);
    }

    @Override
    public WorkspaceServices openForReading(Path path) {
        return opener.openForReading(path, password);
    }

    @Override
    public WorkspaceServices open(Path path, char[] otherPassword) {
        return opener.open(path, otherPassword);
    }

    @Override
    public WorkspaceServices openForReading(Path path, char[] otherPassword) {
        return opener.openForReading(path, otherPassword);
    }

    @Override
    public void createWith(Path path, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(path, password, fill);
    }

    @Override
    public void createWith(Path path, char[] otherPassword, java.util.function.Consumer<WorkspaceServices> fill) {
        opener.createWith(path, otherPassword, fill);
    }

    @Override
    public boolean exists(Path path) {
        return opener.exists(path);
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
    public Path defaultWorkspace() {
        return opener.defaultWorkspace();
    }
}
