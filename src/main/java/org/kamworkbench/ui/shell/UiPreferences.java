package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.List;

/** What the desktop app remembers between runs (not per workspace). */
public interface UiPreferences {
    List<Path> recentWorkspaces();

    void setRecentWorkspaces(List<Path> paths);

    boolean darkTheme();

    void setDarkTheme(boolean dark);
}
