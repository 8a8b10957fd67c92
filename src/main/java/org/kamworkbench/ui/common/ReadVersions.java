package org.kamworkbench.ui.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;

/**
 * The versions of what a screen shows, as its saves are based on them: taken from each load, moved on by the
 * screen's own saves (so that typing into the same cell twice is not refused as someone else's change), and
 * read when a save runs on the background worker, after the saves queued before it. Safe to use from the UI
 * thread and the worker.
 */
public final class ReadVersions {
    private final Map<VersionKey, Long> numbers = new ConcurrentHashMap<>();

    /**
     * Takes the versions of a load. A version never goes back: one this screen's own save moved on after the load
     * was read stays.
     */
    public void loaded(Versions read) {
        for (Map.Entry<VersionKey, RowVersion> e : read.byKey().entrySet()) {
            numbers.merge(e.getKey(), e.getValue().number(), Math::max);
        }
    }

    /** Forgets everything read: the screen shows another workspace or account. */
    public void clear() {
        numbers.clear();
    }

    /** What a save of {@code key} is based on: the version read, 0 for a thing read without one. */
    public long of(VersionKey key) {
        return numbers.getOrDefault(key, 0L);
    }

    /** Everything as read and moved on now, for a save of several things at once. */
    public Versions now() {
        Map<VersionKey, RowVersion> copy = new java.util.HashMap<>();
        numbers.forEach((k, n) -> copy.put(k, new RowVersion(n, "", null, false)));
        return new Versions(copy);
    }

    /**
     * Runs a change of {@code key} (on the worker, as the saves queued before it are done): based on its version
     * as read and moved on by this screen's own changes, even those whose reload has not arrived yet; a change
     * that went through moves it on.
     */
    public <T> T based(VersionKey key, java.util.function.LongFunction<T> change) {
        long basedOn = of(key);
        T result = change.apply(basedOn);
        saved(key, basedOn);
        return result;
    }

    /** A save of {@code key} based on {@code basedOn} went through: the next save of it is based on its version. */
    public void saved(VersionKey key, long basedOn) {
        numbers.merge(key, EditGuard.versionAfter(basedOn), Math::max);
    }
}
