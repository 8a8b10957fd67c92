package org.kamworkbench.service.criteria;

import org.kamworkbench.domain.Criterion;

/** How many incomplete accounts lack a level on one criterion, and why ({@link #reason()}). */
public record MissingCount(Criterion criterion, int accounts) {
    public MissingData reason() {
        return MissingData.of(criterion.source());
    }
}
