package org.kamworkbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamworkbench.service.workspace.WorkspaceLocation;

/** {@link UiPreferences} kept in memory: tests never touch the user's preferences. */
public final class MemoryPreferences implements UiPreferences {
    private List<WorkspaceLocation> recent = new ArrayList<>();
    private boolean dark;
    private String language;
    private String userName;

    /** Preferences of a user who was already asked their name. */
    public static MemoryPreferences named(String name) {
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.setUserName(name);
        return preferences;
    }

    @Override
    public List<WorkspaceLocation> recentWorkspaces() {
        return List.copyOf(recent);
    }

    @Override
    public void setRecentWorkspaces(List<WorkspaceLocation> paths) {
        recent = new ArrayList<>(paths);
    }

    @Override
    public boolean darkTheme() {
        return dark;
    }

    @Override
    public void setDarkTheme(boolean dark) {
        this.dark = dark;
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void setLanguage(String tag) {
        language = tag;
    }

    @Override
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }

    @Override
    public void setUserName(String name) {
        userName = name;
    }
}
