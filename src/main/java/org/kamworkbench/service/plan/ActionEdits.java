package org.kamworkbench.service.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.PlanRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/**
 * Adding, changing, completing and deleting a plan's actions, each change checked against the action's version.
 * An action is owned by a colleague or by a stakeholder of the plan's own account; one marked done keeps the day
 * it was completed (today unless given).
 */
final class ActionEdits {
    private final PlanRepository plans;
    private final PlanLookup lookup;
    private final StakeholderRepository stakeholders;
    private final Clock clock;
    private final EditGuard edits;

    ActionEdits(PlanRepository plans, PlanLookup lookup, StakeholderRepository stakeholders, Clock clock,
                EditGuard edits) {
        this.plans = plans;
        this.lookup = lookup;
        this.stakeholders = stakeholders;
        this.clock = clock;
        this.edits = edits;
    }

    /**
     * Adds an action (id 0, recorded with the current user as its author unless one is named), or saves the
     * changes to one based on its version {@code basedOn}: refused when someone else changed or deleted it since.
     */
    PlanAction save(PlanAction action, long basedOn) {
        AccountPlan plan = lookup.editable(action.planId());
        String what = PlanRules.required(action.what(), "plan.action.noWhat");
        if (action.due() == null) {
            throw new UserInputException("plan.action.noDue");
        }
        if (action.stakeholderId() != null && stakeholders.find(action.stakeholderId())
                .filter(s -> plan.accountId() != null && s.accountId() == plan.accountId()).isEmpty()) {
            throw new UserInputException("plan.action.foreignStakeholder");
        }
        PlanAction a = new PlanAction(action.id(), action.planId(), what, action.colleagueId(), action.stakeholderId(),
                PlanRules.text(action.how()), action.due(), action.status(), action.objectiveId(),
                action.status() == ActionStatus.DONE ? (action.completedOn() != null ? action.completedOn() : today())
                        : null, action.author() == null || action.author().isBlank() ? edits.author() : action.author());
        if (a.id() == 0) {
            return plans.saveAction(a);
        }
        return edits.save(VersionKey.action(a.id()), basedOn, () -> plans.saveAction(a));
    }

    PlanAction setStatus(PlanAction action, ActionStatus status, long basedOn) {
        return save(action.withStatus(status, today()), basedOn);
    }

    void delete(long planId, long actionId, long basedOn) {
        lookup.editable(planId);
        edits.delete(VersionKey.action(actionId), basedOn, () -> plans.deleteAction(actionId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
