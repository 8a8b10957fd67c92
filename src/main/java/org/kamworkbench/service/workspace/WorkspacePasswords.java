package org.kamworkbench.service.workspace;


/** Whether a workspace is encrypted, and changing, adding or removing its password. */
public interface WorkspacePasswords {
    /** Whether the workspace file at {@code workspace} is encrypted (false when there is none, and for a team workspace on a server). */
    boolean encrypted(WorkspaceLocation workspace);

    /**
     * Re-encrypts the closed workspace with {@code next} (null: removes the encryption). The new file is
     * written beside the old one, verified, and swapped in atomically; the old file is kept as one more
     * backup first, and the backups are re-encrypted with the new password.
     *
     * @param current the password it has now (null when it is not encrypted)
     * @throws WorkspacePasswordException when {@code current} is not its password
     * @throws WorkspaceUnavailableException (in use) while the workspace is open elsewhere
     */
    void change(WorkspaceLocation workspace, char[] current, char[] next);
}
