package org.kamworkbench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective of a plan: a measurable target ({@code target} of the KPI {@code kpiId}, both
 * optional), due on a date, owned by a colleague (null when unassigned). Its horizon follows from
 * the due date and the plan's start. {@code targetText} is the target as written ("2 SKUs listed"),
 * null when the target is just the number; progress is computed only from a numeric {@code target}.
 */
public record Objective(
        long id,
        long planId,
        String title,
        LocalDate due,
        Long kpiId,
        BigDecimal target,
        Long ownerId,
        ObjectiveStatus status,
        String targetText) {

    /** An objective whose target, if any, is a number. */
    public Objective(long id, long planId, String title, LocalDate due, Long kpiId, BigDecimal target, Long ownerId,
                     ObjectiveStatus status) {
        this(id, planId, title, due, kpiId, target, ownerId, status, null);
    }

    public Objective withId(long newId) {
        return new Objective(newId, planId, title, due, kpiId, target, ownerId, status, targetText);
    }

    public Objective withStatus(ObjectiveStatus newStatus) {
        return new Objective(id, planId, title, due, kpiId, target, ownerId, newStatus, targetText);
    }

    /** The target as a reader sees it: the text when one was written, else the number (null: none). */
    public String targetShown(java.util.function.Function<BigDecimal, String> number) {
        if (targetText != null && !targetText.isBlank()) {
            return targetText;
        }
        return target == null ? null : number.apply(target);
    }

    public Horizon horizon(LocalDate planStart) {
        return Horizon.of(planStart, due);
    }
}
