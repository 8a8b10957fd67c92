package org.kamworkbench.ui.shell;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.service.workspace.WorkspaceLocation;

/** What the desktop app remembers between runs (not per workspace). */
public interface UiPreferences {
    List<WorkspaceLocation> recentWorkspaces();

    void setRecentWorkspaces(List<WorkspaceLocation> workspaces);

    boolean darkTheme();

    void setDarkTheme(boolean dark);

    /** The language chosen in the app (a tag: "en", "it"); empty to follow the system's. */
    Optional<String> language();

    void setLanguage(String tag);

    /** The user's name as they gave it (recorded as the author of ratings, actions...); empty until asked. */
    Optional<String> userName();

    void setUserName(String name);
}
