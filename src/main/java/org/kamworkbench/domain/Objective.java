package org.kamworkbench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective of a plan: a measurable target ({@code target} of the KPI {@code kpiId}, both
 * optional), due on a date, owned by a colleague (null when unassigned). Its horizon follows from
 * the due date and the plan's start.
 */
public record Objective(
        long id,
        long planId,
        String title,
        LocalDate due,
        Long kpiId,
        BigDecimal target,
        Long ownerId,
        ObjectiveStatus status) {

    public Objective withId(long newId) {
        return new Objective(newId, planId, title, due, kpiId, target, ownerId, status);
    }

    public Horizon horizon(LocalDate planStart) {
        return Horizon.of(planStart, due);
    }
}
