package org.kamworkbench.domain;

/** What an import does with months that already hold revenue. */
public enum RevenueMode {
    /** Refuse the import when the file touches months that already hold revenue. */
    NEW_PERIODS_ONLY,
    /** The months the file covers are emptied, for every account, before the file's lines land. */
    REPLACE,
    /** The file's lines are added to what is stored. */
    ADD
}
