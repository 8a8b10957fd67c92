package org.kamworkbench.service.archive;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote or an import read.
 *
 * @param rows rows per archive entry ({@code tables/account.jsonl}, {@code revenue.jsonl}, ...)
 */
public record ArchiveSummary(Path file, boolean encrypted, Map<String, Long> rows) {
    public ArchiveSummary {
        rows = Map.copyOf(rows);
    }

    public long rowsOf(String table) {
        return rows.getOrDefault(WorkspaceArchiveService.TABLES + table + WorkspaceArchiveService.LINES, 0L);
    }

    public long revenueCells() {
        return rows.getOrDefault(WorkspaceArchiveService.REVENUE, 0L);
    }
}
