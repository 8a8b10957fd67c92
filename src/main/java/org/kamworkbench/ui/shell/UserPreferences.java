package org.kamworkbench.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

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

    @Override
    public List<Path> recentWorkspaces() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < RecentWorkspaces.MAX; i++) {
            String value = node.get(RECENT + i, null);
            if (value == null) {
                break;
            }
            try {
                paths.add(Path.of(value));
            } catch (InvalidPathException ignored) {
                // a path written on another system: forget it
            }
        }
        return paths;
    }

    @Override
    public void setRecentWorkspaces(List<Path> paths) {
        for (int i = 0; i < RecentWorkspaces.MAX; i++) {
            if (i < paths.size()) {
                node.put(RECENT + i, paths.get(i).toString());
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
