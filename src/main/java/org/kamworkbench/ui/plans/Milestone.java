package org.kamworkbench.ui.plans;

import java.time.LocalDate;

/** A date to mark on a KPI timeline: an objective's due date or the day an action was completed. */
public record Milestone(LocalDate date, String label, Kind kind) {
    public enum Kind { OBJECTIVE, ACTION }
}
