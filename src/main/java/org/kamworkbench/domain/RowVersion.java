package org.kamworkbench.domain;

import java.time.Instant;

/**
 * The version of one edited thing: its number (0 for a thing never saved with a version), who changed
 * it last and when, and whether that change deleted it.
 */
public record RowVersion(long number, String author, Instant at, boolean deleted) {
    /** A thing saved before versions were kept, or not yet saved. */
    public static final RowVersion NONE = new RowVersion(0, "", null, false);

    public RowVersion {
        author = author == null ? "" : author;
    }
}
