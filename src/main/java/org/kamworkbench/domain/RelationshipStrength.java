package org.kamworkbench.domain;

/** How well we know a client contact, from not at all to strongly. */
public enum RelationshipStrength {
    NONE, WEAK, GOOD, STRONG
}
