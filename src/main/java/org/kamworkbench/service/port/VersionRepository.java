package org.kamworkbench.service.port;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.kamworkbench.domain.RowVersion;
import org.kamworkbench.domain.VersionKey;

/**
 * The versions of things several people edit. {@link #advance} is the one check every versioned save
 * goes through: inside the save's transaction it moves the version on from the number the save was based
 * on, and refuses when someone else moved it first.
 */
public interface VersionRepository {
    /** The versions of {@code keys}; a key never saved with a version is absent. */
    Map<VersionKey, RowVersion> read(Collection<VersionKey> keys);

    /**
     * The versions of every thing of {@code kind} whose key starts with one of {@code keyPrefixes} (every thing
     * of the kind when there are none), in one query: what a whole grid or timeline is based on.
     */
    Map<VersionKey, RowVersion> readAll(VersionKey.Kind kind, Collection<String> keyPrefixes);

    /**
     * Moves {@code key} from version {@code basedOn} to the next, recording who and when ({@code deleting}:
     * the save deletes the thing). A negative {@code basedOn} moves it on from whatever it is (a write not
     * based on a read: an import, a script).
     *
     * @throws StaleVersionException when the version is no longer {@code basedOn}, or the thing was deleted
     */
    RowVersion advance(VersionKey key, long basedOn, String author, Instant at, boolean deleting);

    /**
     * Moves every one of {@code keys} on from whatever version it is at (a bulk write: an import), as
     * {@link #advance} with a negative {@code basedOn} would, one by one in the order given.
     */
    default void moveOn(java.util.List<VersionKey> keys, String author, Instant at) {
        keys.forEach(key -> advance(key, -1, author, at, false));
    }

    /** Thrown by {@link #advance} when another save came first; the transaction it ran in is rolled back. */
    final class StaleVersionException extends RuntimeException {
        public StaleVersionException(VersionKey key) {
            super("Stale version of " + key.kind() + " " + key.key());
        }
    }
}
