package org.kamworkbench.service.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.PlanRepository;

/**
 * Plan templates: a plan kept as a named copy without an account, and a new draft plan started from one.
 * The copied actions are recorded with the current user as their author.
 */
final class PlanTemplates {
    private final PlanRepository plans;
    private final PlanLookup lookup;
    private final EditGuard edits;

    PlanTemplates(PlanRepository plans, PlanLookup lookup, EditGuard edits) {
        this.plans = plans;
        this.lookup = lookup;
        this.edits = edits;
    }

    /**
     * A new draft plan from a template: its situation, SWOT, recommendations, objectives and actions,
     * with every date moved by as many months as the new start lies after the template's.
     */
    AccountPlan createFrom(long accountId, long templateId, LocalDate start) {
        lookup.account(accountId);
        PlanDetails t = lookup.details(templateId);
        long months = ChronoUnit.MONTHS.between(t.plan().start(), start);
        LocalDate end = t.plan().end().plusMonths(months);
        PlanRules.checkDates(start, end);
        AccountPlan plan = new AccountPlan(0, accountId, null, start, end, PlanStatus.DRAFT, t.plan().challenges(),
                t.plan().economicIssues(), t.plan().strengths(), t.plan().weaknesses(), t.plan().opportunities(),
                t.plan().threats(), t.plan().recommendations());
        List<Objective> objectives = t.objectives().stream().map(o -> new Objective(o.id(), 0, o.title(),
                o.due().plusMonths(months), null, o.target(), o.ownerId(), ObjectiveStatus.OPEN, o.targetText()))
                .toList();
        List<PlanAction> actions = t.actions().stream().map(a -> new PlanAction(0, 0, a.what(), a.colleagueId(), null,
                a.how(), a.due() == null ? null : a.due().plusMonths(months), ActionStatus.PLANNED, a.objectiveId(),
                null, edits.author())).toList();
        return plans.insertPlan(plan, objectives, actions);
    }

    /**
     * Keeps a copy of a plan as a template: situation, lists, objectives and actions with their
     * colleagues (client stakeholders and KPIs belong to one account and are left out).
     */
    AccountPlan save(long planId, String name) {
        String n = PlanRules.required(name, "plan.template.noName");
        if (plans.templates().stream().anyMatch(t -> t.templateName().equalsIgnoreCase(n))) {
            throw new UserInputException("plan.templateExists", n);
        }
        PlanDetails d = lookup.details(planId);
        AccountPlan p = d.plan();
        AccountPlan template = new AccountPlan(0, null, n, p.start(), p.end(), PlanStatus.DRAFT, p.challenges(),
                p.economicIssues(), p.strengths(), p.weaknesses(), p.opportunities(), p.threats(), p.recommendations());
        List<Objective> objectives = d.objectives().stream().map(o -> new Objective(o.id(), 0, o.title(), o.due(),
                null, o.target(), o.ownerId(), o.status(), o.targetText())).toList();
        List<PlanAction> actions = d.actions().stream().map(a -> new PlanAction(0, 0, a.what(), a.colleagueId(), null,
                a.how(), a.due(), ActionStatus.PLANNED, a.objectiveId(), null, edits.author())).toList();
        return plans.insertPlan(template, objectives, actions);
    }
}
