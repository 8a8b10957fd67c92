package org.kamworkbench.service.plan;

import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;

/** A plan with everything it holds, and the names of the people it mentions (by id). */
public record PlanDetails(
        Account account,
        AccountPlan plan,
        List<Objective> objectives,
        List<PlanAction> actions,
        List<PlanReview> reviews,
        People people) {

    public PlanDetails {
        objectives = List.copyOf(objectives);
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
    }

    /** The title of an objective of this plan, or null. */
    public String objectiveTitle(Long objectiveId) {
        if (objectiveId == null) {
            return null;
        }
        return objectives.stream().filter(o -> o.id() == objectiveId).map(Objective::title).findFirst().orElse(null);
    }
}
