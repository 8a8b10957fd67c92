package org.kamworkbench.domain;

public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, BLOCKED }
