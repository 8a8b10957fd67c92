package org.kamworkbench.ui.common;

import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * What a screen is made with: the open workspace's services, texts, the background runner, the shell,
 * and the user's profile (their name, recorded as author; their language).
 */
public record ScreenContext(WorkspaceServices services, Texts texts, Background background, ShellActions shell,
                            UserProfile profile) {

    /** A context whose user is the operating system's (for a screen shown outside the shell, in a test). */
    public ScreenContext(WorkspaceServices services, Texts texts, Background background, ShellActions shell) {
        this(services, texts, background, shell, new UserProfile(UserProfile.systemUserName()));
    }
}
