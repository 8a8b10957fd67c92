package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link UiPreferences} kept in memory: tests never touch the user's preferences. */
public final class MemoryPreferences implements UiPreferences {
    private List<Path> recent = new ArrayList<>();
    private boolean dark;

    @Override
    public List<Path> recentWorkspaces() {
        return List.copyOf(recent);
    }

    @Override
    public void setRecentWorkspaces(List<Path> paths) {
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
}
