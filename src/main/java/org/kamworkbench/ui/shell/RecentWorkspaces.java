package org.kamworkbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.kamworkbench.service.workspace.WorkspaceLocation;

/** The "Open recent" list: most recent first, no duplicates, at most {@link #MAX}, only workspaces that exist (a file's absolute path; a team workspace's address as it is). */
public final class RecentWorkspaces {
    public static final int MAX = 8;

    private RecentWorkspaces() {
    }

    /** The list after opening {@code opened}; runs {@code exists} on each path, so call it off the UI thread. */
    public static List<WorkspaceLocation> afterOpening(List<WorkspaceLocation> recent, WorkspaceLocation opened,
                                                       Predicate<WorkspaceLocation> exists) {
        WorkspaceLocation normalized = opened.normalized();
        List<WorkspaceLocation> result = new ArrayList<>();
        result.add(normalized);
        for (WorkspaceLocation p : recent) {
            WorkspaceLocation n = p.normalized();
            if (result.size() < MAX && !result.contains(n) && exists.test(n)) {
                result.add(n);
            }
        }
        return result;
    }
}
