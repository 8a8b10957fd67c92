package org.kamworkbench.service.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.PlanRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/**
 * Account plans: one active plan per account (older ones closed and read-only), objectives with a
 * horizon that follows from their due date, actions (what, who, how, when), reviews that keep a
 * snapshot of the plan, templates to start from, and "my actions" across every account. Invalid
 * input raises {@link IllegalArgumentException} with a sentence for the user.
 * <p>The one entry point of the plan screens and commands; the work is done by {@link PlanEdits} (the plan
 * itself), {@link ObjectiveEdits}, {@link ActionEdits}, {@link PlanReviewLog}, {@link PlanTemplates} and
 * {@link ActionsAcrossPlans}, on the reads of {@link PlanLookup}.
 */
public final class PlanService {
    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final ColleagueRepository colleagues;
    private final StakeholderRepository stakeholders;
    private final Clock clock;
    private final EditGuard edits;
    private final PlanLookup lookup;
    private final PlanEdits planEdits;
    private final PlanTemplates templates;
    private final ObjectiveEdits objectives;
    private final ActionEdits actions;
    private final PlanReviewLog reviews;
    private final ActionsAcrossPlans allActions;

    /**
     * {@code edits} checks and moves on the versions of plans, objectives and actions; their authors are its
     * current user.
     */
    public PlanService(PlanRepository plans, AccountRepository accounts, ColleagueRepository colleagues,
                       StakeholderRepository stakeholders, Clock clock, EditGuard edits) {
        this.plans = plans;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.stakeholders = stakeholders;
        this.clock = clock;
        this.edits = edits;
        this.lookup = new PlanLookup(plans, accounts, colleagues, stakeholders);
        this.planEdits = new PlanEdits(plans, lookup, edits);
        this.templates = new PlanTemplates(plans, lookup, edits);
        this.objectives = new ObjectiveEdits(plans, lookup, edits);
        this.actions = new ActionEdits(plans, lookup, stakeholders, clock, edits);
        this.reviews = new PlanReviewLog(plans, lookup);
        this.allActions = new ActionsAcrossPlans(plans, accounts, lookup, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Account> accounts() {
        return accounts.findAll();
    }

    /** The account with this external id (exact, else ignoring case). */
    public Optional<Account> accountByExternalId(String externalId) {
        List<Account> all = accounts.findAll();
        return all.stream().filter(a -> a.externalId().equals(externalId)).findFirst()
                .or(() -> all.stream().filter(a -> a.externalId().equalsIgnoreCase(externalId)).findFirst());
    }

    public List<AccountPlan> plansOf(long accountId) {
        return plans.plansOf(accountId);
    }

    /** The account's active plan, else its newest draft: the plan the KAM works on. */
    public Optional<AccountPlan> currentPlan(long accountId) {
        List<AccountPlan> list = plans.plansOf(accountId);
        return list.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .or(() -> list.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst());
    }

    public PlanDetails details(long planId) {
        return lookup.details(planId);
    }

    /** The versions of a plan, its objectives and actions as they are now: what saves of them are based on. */
    public Versions versions(PlanDetails d) {
        List<VersionKey> keys = new ArrayList<>();
        keys.add(VersionKey.plan(d.plan().id()));
        d.objectives().forEach(o -> keys.add(VersionKey.objective(o.id())));
        d.actions().forEach(a -> keys.add(VersionKey.action(a.id())));
        return edits.read(keys);
    }

    /** A new draft plan for an account, lasting 1 to 3 years. */
    public AccountPlan createPlan(long accountId, LocalDate start, LocalDate end) {
        return planEdits.create(accountId, start, end);
    }

    /** A new draft plan from a template, every date moved to the new start (see {@link PlanTemplates}). */
    public AccountPlan createFromTemplate(long accountId, long templateId, LocalDate start) {
        return templates.createFrom(accountId, templateId, start);
    }

    /** Keeps a copy of a plan as a template named {@code name}, without what belongs to its account. */
    public AccountPlan saveAsTemplate(long planId, String name) {
        return templates.save(planId, name);
    }

    public List<AccountPlan> templates() {
        return plans.templates();
    }

    /** Saves the plan's dates, situation, SWOT and recommendations, not based on a version read. */
    public AccountPlan updatePlan(AccountPlan plan) {
        return updatePlan(plan, EditGuard.UNREAD);
    }

    /** Saves the plan's content (not its status) based on its version {@code basedOn}: refused when stale. */
    public AccountPlan updatePlan(AccountPlan plan, long basedOn) {
        return planEdits.update(plan, basedOn);
    }

    /** Makes the plan its account's active one; the plan active before is closed (kept read-only). */
    public void activate(long planId) {
        planEdits.activate(planId);
    }

    public void close(long planId) {
        planEdits.close(planId);
    }

    public void deletePlan(long planId) {
        planEdits.delete(planId);
    }

    /** Adds an objective, or saves one not based on a version read. */
    public Objective saveObjective(Objective objective) {
        return saveObjective(objective, EditGuard.UNREAD);
    }

    /** Adds an objective (id 0), or saves one based on its version {@code basedOn}: refused when stale. */
    public Objective saveObjective(Objective objective, long basedOn) {
        return objectives.save(objective, basedOn);
    }

    public void deleteObjective(long planId, long objectiveId) {
        deleteObjective(planId, objectiveId, EditGuard.UNREAD);
    }

    /** Deletes an objective based on its version {@code basedOn}: refused when someone else changed it since. */
    public void deleteObjective(long planId, long objectiveId, long basedOn) {
        objectives.delete(planId, objectiveId, basedOn);
    }

    /** Adds an action, or saves one not based on a version read. */
    public PlanAction saveAction(PlanAction action) {
        return saveAction(action, EditGuard.UNREAD);
    }

    /** Adds an action (id 0, by the current user), or saves one based on its version {@code basedOn}. */
    public PlanAction saveAction(PlanAction action, long basedOn) {
        return actions.save(action, basedOn);
    }

    public PlanAction setActionStatus(PlanAction action, ActionStatus status) {
        return setActionStatus(action, status, EditGuard.UNREAD);
    }

    /** Sets an action's status based on its version {@code basedOn}. */
    public PlanAction setActionStatus(PlanAction action, ActionStatus status, long basedOn) {
        return actions.setStatus(action, status, basedOn);
    }

    public void deleteAction(long planId, long actionId) {
        deleteAction(planId, actionId, EditGuard.UNREAD);
    }

    /** Deletes an action based on its version {@code basedOn}: refused when someone else changed it since. */
    public void deleteAction(long planId, long actionId, long basedOn) {
        actions.delete(planId, actionId, basedOn);
    }

    /** Records a review of the plan: date, participants, notes and a snapshot of the plan as it stands. */
    public PlanReview recordReview(long planId, LocalDate date, List<Long> colleagueIds, List<Long> stakeholderIds,
                                   String notes) {
        return reviews.record(planId, date, colleagueIds, stakeholderIds, notes);
    }

    /** What changed between two reviews' snapshots (from the first to the second). */
    public List<SnapshotChange> compare(PlanReview before, PlanReview after) {
        return reviews.compare(before, after);
    }

    /** What changed from a review's snapshot to the plan as it stands now. */
    public List<SnapshotChange> changesSince(PlanReview review) {
        return reviews.changesSince(review);
    }

    /** Actions of every open plan by due date, of one owner and only overdue ones when asked. */
    public List<ActionItem> actions(String owner, boolean overdueOnly) {
        return allActions.list(owner, overdueOnly);
    }

    public List<Colleague> colleagues() {
        return colleagues.findAll();
    }

    public List<Stakeholder> stakeholdersOf(long accountId) {
        return stakeholders.findByAccount(accountId);
    }

    /** Adds a colleague by name alone (the people screens fill in the rest), or returns the one of that name. */
    public Colleague addColleague(String name) {
        String n = PlanRules.required(name, "people.noName");
        return colleagues.findAll().stream().filter(c -> c.name().equalsIgnoreCase(n)).findFirst()
                .orElseGet(() -> colleagues.save(new Colleague(0, n, null, null, List.of(), List.of(), null, Map.of())));
    }

    public People people() {
        return lookup.people();
    }
}
