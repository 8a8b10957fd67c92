package org.kamworkbench.service.criteria;

import java.util.List;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.message.Sentence;

/**
 * One account's place among the key accounts, for headers elsewhere (the account page): its
 * quadrant and scores under the current criteria set, or why there are none, and its current
 * designation (null when never designated).
 *
 * @param criteriaSet the current set's name, null when {@code state} is {@link State#NO_CRITERIA}
 * @param missing     for {@link State#INCOMPLETE}: what is missing; for {@link State#NOT_SCORED}: why
 */
public record KeyAccountStatus(State state, String criteriaSet, int version, Quadrant quadrant,
                               double attractiveness, double strength, double score, int rank,
                               List<Sentence> missing, Designation designation) {
    public enum State {
        /** Scored: quadrant, scores and rank are set. */
        SCORED,
        /** A level is missing (a rating, a value): listed apart, no scores. */
        INCOMPLETE,
        /** The current set cannot be scored (no revenue in the year, a missing FX rate...). */
        NOT_SCORED,
        /** No criteria set is defined yet. */
        NO_CRITERIA
    }

    /** True when the designation disagrees with the computed quadrant. */
    public boolean designationDiffers() {
        return state == State.SCORED && designation != null && designation.status().quadrant() != quadrant;
    }
}
