package org.kamworkbench.service.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;

/**
 * When a plan is next reviewed with the client: a quarter after its last recorded review (or after
 * its start when none was recorded yet), and at the latest at the plan's end. A closed plan has none.
 */
public final class NextPlanReview {
    /** Quarterly business reviews: the rhythm key account plans are followed in. */
    public static final int MONTHS_BETWEEN_REVIEWS = 3;

    private NextPlanReview() {
    }

    /** The next review date, or null for a closed plan or one without dates. */
    public static LocalDate of(AccountPlan plan, List<PlanReview> reviews) {
        if (plan == null || plan.status() == PlanStatus.CLOSED || plan.start() == null) {
            return null;
        }
        LocalDate last = reviews.stream().map(PlanReview::date).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(plan.start());
        LocalDate next = last.plusMonths(MONTHS_BETWEEN_REVIEWS);
        return plan.end() != null && next.isAfter(plan.end()) && !last.isAfter(plan.end()) ? plan.end() : next;
    }
}
