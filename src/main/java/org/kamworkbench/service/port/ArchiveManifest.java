package org.kamworkbench.service.port;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an archive says about itself ({@code manifest.json}).
 *
 * @param format          the archive format's version: a reader refuses a newer one
 * @param schemaVersion   the workspace schema the tables were read from
 * @param rows            rows per entry
 * @param sha256          the SHA-256 of each entry's bytes (hex), filled in by the writer
 */
public record ArchiveManifest(int format, String schemaVersion, String appVersion, Instant createdAt,
                              String reportingCurrency, Map<String, Long> rows, Map<String, String> sha256) {
    public static final int FORMAT = 1;

    public ArchiveManifest {
        // sorted: the manifest of the same workspace reads the same
        rows = rows == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rows));
        sha256 = sha256 == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sha256));
    }
}
