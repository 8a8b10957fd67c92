package org.kamworkbench.domain;

public enum InteractionType { MEETING, CALL, BUSINESS_REVIEW, WORKSHOP }
