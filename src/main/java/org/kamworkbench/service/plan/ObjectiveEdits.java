package org.kamworkbench.service.plan;

import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.port.PlanRepository;

/** Adding, changing and deleting a plan's objectives, each change checked against the objective's version. */
final class ObjectiveEdits {
    private final PlanRepository plans;
    private final PlanLookup lookup;
    private final EditGuard edits;

    ObjectiveEdits(PlanRepository plans, PlanLookup lookup, EditGuard edits) {
        this.plans = plans;
        this.lookup = lookup;
        this.edits = edits;
    }

    /**
     * Adds an objective (id 0), or saves the changes to one based on its version {@code basedOn}: refused when
     * someone else changed or deleted it since. A target written as text is kept as written, and its number
     * too when it reads as one.
     */
    Objective save(Objective objective, long basedOn) {
        AccountPlan plan = lookup.editable(objective.planId());
        String title = PlanRules.required(objective.title(), "plan.objective.noTitle");
        PlanRules.checkDue(plan, objective.due(), "plan.objective");
        String text = objective.targetText() == null || objective.targetText().isBlank() ? null
                : objective.targetText().strip();
        Objective o = new Objective(objective.id(), objective.planId(), title, objective.due(), objective.kpiId(),
                objective.target(), objective.ownerId(), objective.status(), text);
        if (o.id() == 0) {
            return plans.saveObjective(o);
        }
        return edits.save(VersionKey.objective(o.id()), basedOn, () -> plans.saveObjective(o));
    }

    void delete(long planId, long objectiveId, long basedOn) {
        lookup.editable(planId);
        edits.delete(VersionKey.objective(objectiveId), basedOn, () -> plans.deleteObjective(objectiveId));
    }
}
