package org.kamworkbench.domain;

import java.time.LocalDate;

/** A period in which a colleague led an account; {@code endedOn} is null for the current lead. */
public record LeadAssignment(long accountId, long colleagueId, LocalDate assignedOn, LocalDate endedOn) {
}
