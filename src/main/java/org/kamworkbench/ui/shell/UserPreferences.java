package org.kamworkbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.kamworkbench.service.workspace.WorkspaceLocation;

/** {@link UiPreferences} in the user's Java preferences (a small file under the user's home). */
public final class UserPreferences implements UiPreferences {
    private static final String RECENT = "recent.";
    private static final String DARK = "theme.dark";
    private static final String LANGUAGE = "language";
    private static final String USER_NAME = "user.name";
    private final Preferences node;

    public UserPreferences() {
        this(Preferences.userRoot().node("org/kamworkbench/ui"));
    }

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * The recent list as remembered: each entry as {@link WorkspaceLocation#text()} wrote it (older versions
     * wrote a team workspace's address with one slash after the scheme, which reads the same).
     */
    @Override
    public List<WorkspaceLocation> recentWorkspaces() {
        List<WorkspaceLocation> paths = new ArrayList<>();
        for (int i = 0; i < RecentWorkspaces.MAX; i++) {
            String value = node.get(RECENT + i, null);
            if (value == null) {
                break;
            }
            try {
                paths.add(WorkspaceLocation.parse(value));
            } catch (IllegalArgumentException ignored) {
                // a path written on another system, or a damaged entry: forget it
            }
        }
        return paths;
    }

    @Override
    public void setRecentWorkspaces(List<WorkspaceLocation> paths) {
        for (int i = 0; i < RecentWorkspaces.MAX; i++) {
            if (i < paths.size()) {
                node.put(RECENT + i, paths.get(i).text());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    @Override
    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    @Override
    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(node.get(LANGUAGE, null));
    }

    @Override
    public void setLanguage(String tag) {
        node.put(LANGUAGE, tag);
    }

    @Override
    public Optional<String> userName() {
        return Optional.ofNullable(node.get(USER_NAME, null));
    }

    @Override
    public void setUserName(String name) {
        node.put(USER_NAME, name);
    }
}
