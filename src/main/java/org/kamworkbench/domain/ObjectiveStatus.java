package org.kamworkbench.domain;

public enum ObjectiveStatus { OPEN, ACHIEVED, MISSED, DROPPED }
