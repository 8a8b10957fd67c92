package org.kamworkbench.ui.keyaccounts;

import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Quadrant;

/**
 * An account with its computed quadrant and total score (null / NaN when not scored) and its current
 * designation (null when none).
 */
public record DesignationRow(Account account, Quadrant quadrant, double score, Designation designation) {
    /** Best score first, unscored last, then by external id. */
    static final java.util.Comparator<DesignationRow> BY_SCORE = java.util.Comparator
            .comparingDouble((DesignationRow r) -> Double.isNaN(r.score()) ? Double.NEGATIVE_INFINITY : r.score())
            .reversed().thenComparing(r -> r.account().externalId());

    /** The team's status disagrees with the computed quadrant. */
    public boolean differs() {
        return quadrant != null && designation != null && designation.status().quadrant() != quadrant;
    }
}
