package org.kamworkbench.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The "Open recent" list: most recent first, no duplicates, at most {@link #MAX}, only files that exist. */
public final class RecentWorkspaces {
    public static final int MAX = 8;

    private RecentWorkspaces() {
    }

    /** The list after opening {@code opened}; runs {@code exists} on each path, so call it off the UI thread. */
    public static List<Path> afterOpening(List<Path> recent, Path opened, Predicate<Path> exists) {
        Path normalized = normalized(opened);
        List<Path> result = new ArrayList<>();
        result.add(normalized);
        for (Path p : recent) {
            Path n = normalized(p);
            if (result.size() < MAX && !result.contains(n) && exists.test(n)) {
                result.add(n);
            }
        }
        return result;
    }

    /** A file's absolute path; a team workspace's address as it is (it names no file). */
    private static Path normalized(Path path) {
        return org.kamworkbench.service.workspace.ServerAddress.of(path).isPresent() ? path
                : path.toAbsolutePath().normalize();
    }
}
