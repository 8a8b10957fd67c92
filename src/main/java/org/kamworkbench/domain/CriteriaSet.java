package org.kamworkbench.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One saved version of a named criteria set. Every saved change makes a new version (1, 2, ...).
 * {@code quadrantCut} splits both axes ("high" = score ≥ cut); the set is due for review
 * {@code reviewIntervalMonths} after it was saved; {@code keyReviewMonths} is how long an account
 * stays designated key before the review alert looks at its growth.
 */
public record CriteriaSet(String name, int version, LocalDateTime savedAt, double quadrantCut,
                          int reviewIntervalMonths, int keyReviewMonths, List<Criterion> criteria) {
    public static final double DEFAULT_CUT = 50;
    public static final int DEFAULT_REVIEW_MONTHS = 12;

    public CriteriaSet {
        criteria = List.copyOf(criteria);
    }

    public CriteriaSet withCriteria(List<Criterion> changed) {
        return new CriteriaSet(name, version, savedAt, quadrantCut, reviewIntervalMonths, keyReviewMonths, changed);
    }

    /** The criterion with this name (case-insensitive), or null. */
    public Criterion criterion(String criterionName) {
        for (Criterion c : criteria) {
            if (c.name().equalsIgnoreCase(criterionName)) {
                return c;
            }
        }
        return null;
    }

    /** When the set is next due for review. */
    public java.time.LocalDate reviewDue() {
        return savedAt.toLocalDate().plusMonths(reviewIntervalMonths);
    }
}
