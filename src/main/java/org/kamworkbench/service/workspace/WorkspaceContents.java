package org.kamworkbench.service.workspace;

/** What a workspace (or one of its backups) holds, counted for comparing them. */
public record WorkspaceContents(long accounts, long revenueMonths, long revenueRecords, long plans) {
    /** This minus {@code other}: what changed from {@code other} to this. */
    public WorkspaceContents minus(WorkspaceContents other) {
        return new WorkspaceContents(accounts - other.accounts, revenueMonths - other.revenueMonths,
                revenueRecords - other.revenueRecords, plans - other.plans);
    }
}
