package org.kamworkbench.ui.common;

import org.kamworkbench.service.workspace.WorkspaceServices;

/** What a screen is made with: the open workspace's services, texts, the background runner, the shell. */
public record ScreenContext(WorkspaceServices services, Texts texts, Background background, ShellActions shell) {
}
