package org.kamworkbench.domain;

/** The life of an account plan: drafted, then run (one active plan per account), then closed and kept read-only. */
public enum PlanStatus { DRAFT, ACTIVE, CLOSED }
