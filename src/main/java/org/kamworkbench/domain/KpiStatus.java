package org.kamworkbench.domain;

/** How an actual compares with its target: meets it, misses it by at most the tolerance, or by more. */
public enum KpiStatus { ON_TRACK, AT_RISK, OFF_TRACK }
