package org.kamworkbench.service.plan;

import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.PlanRepository;

/** Reviews of a plan, each keeping a snapshot of the plan as it stood, and what changed between them. */
final class PlanReviewLog {
    private final PlanRepository plans;
    private final PlanLookup lookup;

    PlanReviewLog(PlanRepository plans, PlanLookup lookup) {
        this.plans = plans;
        this.lookup = lookup;
    }

    /** Records a review of the plan: date, participants, notes and a snapshot of the plan as it stands. */
    PlanReview record(long planId, LocalDate date, List<Long> colleagueIds, List<Long> stakeholderIds, String notes) {
        if (date == null) {
            throw new UserInputException("plan.review.noDate");
        }
        PlanDetails d = lookup.details(planId);
        return plans.saveReview(new PlanReview(0, planId, date, colleagueIds, stakeholderIds, PlanRules.text(notes),
                PlanSnapshot.of(d)));
    }

    /** What changed between two reviews' snapshots (from the first to the second). */
    List<SnapshotChange> compare(PlanReview before, PlanReview after) {
        return PlanSnapshot.compare(before.snapshot(), after.snapshot());
    }

    /** What changed from a review's snapshot to the plan as it stands now. */
    List<SnapshotChange> changesSince(PlanReview review) {
        return PlanSnapshot.compare(review.snapshot(), PlanSnapshot.of(lookup.details(review.planId())));
    }
}
