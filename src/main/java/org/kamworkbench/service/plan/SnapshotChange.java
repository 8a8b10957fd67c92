package org.kamworkbench.service.plan;

/** One difference between two plan snapshots: an item added, removed, or changed from one value to another. */
public record SnapshotChange(Kind kind, String item, String before, String after) {
    public enum Kind { ADDED, REMOVED, CHANGED }
}
