package org.kamworkbench.domain;

import java.util.Map;

/** The versions of the things a screen shows, read with them: what their saves are based on. */
public record Versions(Map<VersionKey, RowVersion> byKey) {
    public static final Versions NONE = new Versions(Map.of());

    public Versions {
        byKey = Map.copyOf(byKey);
    }

    /** The version number read for {@code key}; 0 for a thing without a version yet. */
    public long of(VersionKey key) {
        RowVersion v = byKey.get(key);
        return v == null ? 0 : v.number();
    }
}
