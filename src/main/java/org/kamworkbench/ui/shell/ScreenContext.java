package org.kamworkbench.ui.shell;

import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** What a screen is made with: the open workspace's services, texts, the background runner, the shell. */
public record ScreenContext(WorkspaceServices services, Texts texts, Background background, ShellActions shell) {
}
