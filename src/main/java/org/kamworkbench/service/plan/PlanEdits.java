package org.kamworkbench.service.plan;

import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.PlanRepository;

/**
 * Changes to a plan itself: a new draft, its dates and content, its status (draft → active → closed), its
 * deletion. Content and status changes move the plan's version on through {@link EditGuard}.
 */
final class PlanEdits {
    private final PlanRepository plans;
    private final PlanLookup lookup;
    private final EditGuard edits;

    PlanEdits(PlanRepository plans, PlanLookup lookup, EditGuard edits) {
        this.plans = plans;
        this.lookup = lookup;
        this.edits = edits;
    }

    AccountPlan create(long accountId, LocalDate start, LocalDate end) {
        lookup.account(accountId);
        PlanRules.checkDates(start, end);
        return plans.insertPlan(AccountPlan.empty(accountId, start, end), List.of(), List.of());
    }

    /** Saves dates, situation, SWOT and recommendations; the stored plan keeps its account, name and status. */
    AccountPlan update(AccountPlan plan, long basedOn) {
        AccountPlan stored = lookup.editable(plan.id());
        PlanRules.checkDates(plan.start(), plan.end());
        AccountPlan kept = new AccountPlan(plan.id(), stored.accountId(), stored.templateName(), plan.start(),
                plan.end(), stored.status(), PlanRules.text(plan.challenges()), PlanRules.text(plan.economicIssues()),
                PlanRules.items(plan.strengths()), PlanRules.items(plan.weaknesses()),
                PlanRules.items(plan.opportunities()), PlanRules.items(plan.threats()),
                PlanRules.items(plan.recommendations()));
        return edits.save(VersionKey.plan(plan.id()), basedOn, () -> {
            plans.updatePlan(kept);
            return kept;
        });
    }

    void activate(long planId) {
        AccountPlan plan = lookup.editable(planId);
        if (plan.isTemplate()) {
            throw new UserInputException("plan.templateActivated");
        }
        edits.save(VersionKey.plan(planId), EditGuard.UNREAD, () -> {
            plans.activate(planId);
            return planId;
        });
    }

    void close(long planId) {
        AccountPlan plan = lookup.editable(planId);
        edits.save(VersionKey.plan(planId), EditGuard.UNREAD, () -> {
            plans.updatePlan(plan.withStatus(PlanStatus.CLOSED));
            return planId;
        });
    }

    void delete(long planId) {
        lookup.requirePlan(planId);
        plans.deletePlan(planId);
    }
}
