package org.kamworkbench.domain;

/** Which growth a growth criterion reads: nominal, or real (after inflation). */
public enum GrowthKind {
    NOMINAL, REAL
}
