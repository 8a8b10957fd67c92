package org.kamworkbench.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The workspace files this process has open, and the one monitor under which they are opened and
 * closed. Reading such a file outside H2 would be dangerous: file locks belong to the process, and
 * closing any descriptor of the file releases H2's lock on it (POSIX), letting another process open it
 * for writing at the same time. So the file is read directly (its fingerprint, a backup after close)
 * only while no connection of this process holds it, under {@link #exclusively}.
 */
final class OpenFiles {
    private static final Map<Path, Integer> OPEN = new HashMap<>();
    private static final Object MONITOR = new Object();

    private OpenFiles() {
    }

    /** Runs {@code work} while no other thread of this process opens or closes a workspace. */
    static <T> T exclusively(Supplier<T> work) {
        synchronized (MONITOR) {
            return work.get();
        }
    }

    static boolean isOpen(Path file) {
        synchronized (MONITOR) {
            return OPEN.containsKey(file);
        }
    }

    static void opened(Path file) {
        synchronized (MONITOR) {
            OPEN.merge(file, 1, Integer::sum);
        }
    }

    /** @return true when no other connection of this process holds the file any more */
    static boolean closed(Path file) {
        synchronized (MONITOR) {
            Integer left = OPEN.merge(file, -1, Integer::sum);
            if (left != null && left <= 0) {
                OPEN.remove(file);
                return true;
            }
            return left == null;
        }
    }
}
