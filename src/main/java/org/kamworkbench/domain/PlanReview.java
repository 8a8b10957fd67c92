package org.kamworkbench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A review of a plan: when, who took part (colleagues and stakeholders by id) and a snapshot of
 * the plan as it stood — an ordered map from a readable item name ("Objective 'Grow' · due") to its value.
 */
public record PlanReview(
        long id,
        long planId,
        LocalDate date,
        List<Long> colleagueIds,
        List<Long> stakeholderIds,
        String notes,
        Map<String, String> snapshot) {

    public PlanReview {
        colleagueIds = List.copyOf(colleagueIds);
        stakeholderIds = List.copyOf(stakeholderIds);
        snapshot = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(snapshot));
    }

    public PlanReview withId(long newId) {
        return new PlanReview(newId, planId, date, colleagueIds, stakeholderIds, notes, snapshot);
    }
}
