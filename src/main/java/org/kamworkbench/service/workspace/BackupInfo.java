package org.kamworkbench.service.workspace;

import java.time.Instant;

/**
 * One automatic backup of a workspace: its file name in {@code name.backups/}, when it was taken, its
 * size, why (after a session, before an import, before a restore), what it holds and how the current
 * workspace differs from it ({@code current − backup}).
 */
public record BackupInfo(String fileName, Instant taken, long sizeBytes, String reason,
                         WorkspaceContents contents, WorkspaceContents currentMinusBackup) {
    public static final String AFTER_SESSION = "after-session";
    public static final String BEFORE_IMPORT = "before-import";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final String BEFORE_PASSWORD_CHANGE = "before-password-change";
}
