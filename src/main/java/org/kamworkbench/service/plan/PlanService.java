package org.kamworkbench.service.plan;

import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;

import org.kamworkbench.service.message.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.port.AccountRepository;
import org.kamworkbench.service.port.ColleagueRepository;
import org.kamworkbench.service.port.PlanRepository;
import org.kamworkbench.service.port.StakeholderRepository;

/**
 * Account plans: one active plan per account (older ones closed and read-only), objectives with a
 * horizon that follows from their due date, actions (what, who, how, when), reviews that keep a
 * snapshot of the plan, templates to start from, and "my actions" across every account. Invalid
 * input raises {@link IllegalArgumentException} with a sentence for the user.
 */
public final class PlanService {
    private final PlanRepository plans;
    private final AccountRepository accounts;
    private final ColleagueRepository colleagues;
    private final StakeholderRepository stakeholders;
    private final Clock clock;
    private final EditGuard edits;

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
        AccountPlan plan = requirePlan(planId);
        Account account = plan.accountId() == null ? null : account(plan.accountId());
        return new PlanDetails(account, plan, plans.objectives(planId), plans.actions(planId), plans.reviews(planId),
                people());
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
        account(accountId);
        PlanRules.checkDates(start, end);
        return plans.insertPlan(AccountPlan.empty(accountId, start, end), List.of(), List.of());
    }

    /**
     * A new draft plan from a template: its situation, SWOT, recommendations, objectives and actions,
     * with every date moved by as many months as the new start lies after the template's.
     */
    public AccountPlan createFromTemplate(long accountId, long templateId, LocalDate start) {
        account(accountId);
        PlanDetails t = details(templateId);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(t.plan().start(), start);
        LocalDate end = t.plan().end().plusMonths(months);
        PlanRules.checkDates(start, end);
        AccountPlan plan = new AccountPlan(0, accountId, null, start, end, PlanStatus.DRAFT, t.plan().challenges(),
                t.plan().economicIssues(), t.plan().strengths(), t.plan().weaknesses(), t.plan().opportunities(),
                t.plan().threats(), t.plan().recommendations());
        List<Objective> objectives = t.objectives().stream().map(o -> new Objective(o.id(), 0, o.title(),
                o.due().plusMonths(months), null, o.target(), o.ownerId(),
                org.kamworkbench.domain.ObjectiveStatus.OPEN, o.targetText())).toList();
        List<PlanAction> actions = t.actions().stream().map(a -> new PlanAction(0, 0, a.what(), a.colleagueId(), null,
                a.how(), a.due() == null ? null : a.due().plusMonths(months), ActionStatus.PLANNED, a.objectiveId(),
                null, edits.author())).toList();
        return plans.insertPlan(plan, objectives, actions);
    }

    /**
     * Keeps a copy of a plan as a template: situation, lists, objectives and actions with their
     * colleagues (client stakeholders and KPIs belong to one account and are left out).
     */
    public AccountPlan saveAsTemplate(long planId, String name) {
        String n = PlanRules.required(name, "plan.template.noName");
        if (plans.templates().stream().anyMatch(t -> t.templateName().equalsIgnoreCase(n))) {
            throw new UserInputException("plan.templateExists", n);
        }
        PlanDetails d = details(planId);
        AccountPlan p = d.plan();
        AccountPlan template = new AccountPlan(0, null, n, p.start(), p.end(), PlanStatus.DRAFT, p.challenges(),
                p.economicIssues(), p.strengths(), p.weaknesses(), p.opportunities(), p.threats(), p.recommendations());
        List<Objective> objectives = d.objectives().stream().map(o -> new Objective(o.id(), 0, o.title(), o.due(),
                null, o.target(), o.ownerId(), o.status(), o.targetText())).toList();
        List<PlanAction> actions = d.actions().stream().map(a -> new PlanAction(0, 0, a.what(), a.colleagueId(), null,
                a.how(), a.due(), ActionStatus.PLANNED, a.objectiveId(), null, edits.author())).toList();
        return plans.insertPlan(template, objectives, actions);
    }

    public List<AccountPlan> templates() {
        return plans.templates();
    }

    /** Saves the plan's dates, situation, SWOT and recommendations, not based on a version read. */
    public AccountPlan updatePlan(AccountPlan plan) {
        return updatePlan(plan, EditGuard.UNREAD);
    }

    /**
     * Saves the plan's dates, situation, SWOT and recommendations (its status changes through activate/close),
     * based on the plan's version {@code basedOn}: refused when someone else saved it since.
     */
    public AccountPlan updatePlan(AccountPlan plan, long basedOn) {
        AccountPlan stored = editable(plan.id());
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

    /** Makes the plan its account's active one; the plan active before is closed (kept read-only). */
    public void activate(long planId) {
        AccountPlan plan = editable(planId);
        if (plan.isTemplate()) {
            throw new UserInputException("plan.templateActivated");
        }
        edits.save(VersionKey.plan(planId), EditGuard.UNREAD, () -> {
            plans.activate(planId);
            return planId;
        });
    }

    public void close(long planId) {
        AccountPlan plan = editable(planId);
        edits.save(VersionKey.plan(planId), EditGuard.UNREAD, () -> {
            plans.updatePlan(plan.withStatus(PlanStatus.CLOSED));
            return planId;
        });
    }

    public void deletePlan(long planId) {
        requirePlan(planId);
        plans.deletePlan(planId);
    }

    /** Adds an objective, or saves one not based on a version read. */
    public Objective saveObjective(Objective objective) {
        return saveObjective(objective, EditGuard.UNREAD);
    }

    /**
     * Adds an objective (id 0), or saves the changes to one based on its version {@code basedOn}: refused when
     * someone else changed or deleted it since. A target written as text is kept as written, and its number
     * too when it reads as one.
     */
    public Objective saveObjective(Objective objective, long basedOn) {
        AccountPlan plan = editable(objective.planId());
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

    public void deleteObjective(long planId, long objectiveId) {
        deleteObjective(planId, objectiveId, EditGuard.UNREAD);
    }

    /** Deletes an objective based on its version {@code basedOn}: refused when someone else changed it since. */
    public void deleteObjective(long planId, long objectiveId, long basedOn) {
        editable(planId);
        edits.delete(VersionKey.objective(objectiveId), basedOn, () -> plans.deleteObjective(objectiveId));
    }

    /** Adds an action, or saves one not based on a version read. */
    public PlanAction saveAction(PlanAction action) {
        return saveAction(action, EditGuard.UNREAD);
    }

    /**
     * Adds an action (id 0, recorded with the current user as its author), or saves the changes to one based on
     * its version {@code basedOn}: refused when someone else changed or deleted it since.
     */
    public PlanAction saveAction(PlanAction action, long basedOn) {
        AccountPlan plan = editable(action.planId());
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

    public PlanAction setActionStatus(PlanAction action, ActionStatus status) {
        return setActionStatus(action, status, EditGuard.UNREAD);
    }

    /** Sets an action's status based on its version {@code basedOn}. */
    public PlanAction setActionStatus(PlanAction action, ActionStatus status, long basedOn) {
        return saveAction(action.withStatus(status, today()), basedOn);
    }

    public void deleteAction(long planId, long actionId) {
        deleteAction(planId, actionId, EditGuard.UNREAD);
    }

    /** Deletes an action based on its version {@code basedOn}: refused when someone else changed it since. */
    public void deleteAction(long planId, long actionId, long basedOn) {
        editable(planId);
        edits.delete(VersionKey.action(actionId), basedOn, () -> plans.deleteAction(actionId));
    }

    /** Records a review of the plan: date, participants, notes and a snapshot of the plan as it stands. */
    public PlanReview recordReview(long planId, LocalDate date, List<Long> colleagueIds, List<Long> stakeholderIds,
                                   String notes) {
        if (date == null) {
            throw new UserInputException("plan.review.noDate");
        }
        PlanDetails d = details(planId);
        return plans.saveReview(new PlanReview(0, planId, date, colleagueIds, stakeholderIds, PlanRules.text(notes),
                PlanSnapshot.of(d)));
    }

    /** What changed between two reviews' snapshots (from the first to the second). */
    public List<SnapshotChange> compare(PlanReview before, PlanReview after) {
        return PlanSnapshot.compare(before.snapshot(), after.snapshot());
    }

    /** What changed from a review's snapshot to the plan as it stands now. */
    public List<SnapshotChange> changesSince(PlanReview review) {
        return PlanSnapshot.compare(review.snapshot(), PlanSnapshot.of(details(review.planId())));
    }

    /**
     * Actions across every account's plans (closed plans left out), by due date: only those whose
     * owner (a colleague or a stakeholder) has this name when {@code owner} is given (ignoring case),
     * only overdue ones (due before today, not done) when asked.
     */
    public List<ActionItem> actions(String owner, boolean overdueOnly) {
        LocalDate today = today();
        Map<Long, AccountPlan> planById = plans.allPlans().stream()
                .filter(p -> p.status() != PlanStatus.CLOSED)
                .collect(Collectors.toMap(AccountPlan::id, Function.identity()));
        Map<Long, Account> accountById = accounts.findAll().stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        People people = people();
        Map<Long, Map<Long, String>> objectiveTitles = new HashMap<>();
        String wanted = owner == null || owner.isBlank() ? null : owner.strip().toLowerCase(Locale.ROOT);
        List<ActionItem> items = new ArrayList<>();
        for (PlanAction a : plans.allActions()) {
            AccountPlan plan = planById.get(a.planId());
            if (plan == null || (overdueOnly && !a.overdue(today))) {
                continue;
            }
            String who = people.ownerOf(a);
            if (wanted != null && (who == null || !who.toLowerCase(Locale.ROOT).equals(wanted))) {
                continue;
            }
            String objective = a.objectiveId() == null ? null : objectiveTitles.computeIfAbsent(plan.id(),
                    id -> plans.objectives(id).stream().collect(Collectors.toMap(Objective::id, Objective::title)))
                    .get(a.objectiveId());
            items.add(new ActionItem(a, accountById.get(plan.accountId()), who, a.stakeholderId() != null, objective,
                    a.overdue(today)));
        }
        items.sort(Comparator.comparing((ActionItem i) -> i.action().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.account().externalId()).thenComparing(i -> i.action().id()));
        return items;
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
        return new People(colleagues.findAll().stream().collect(Collectors.toMap(Colleague::id, Colleague::name)),
                stakeholders.findAll().stream().collect(Collectors.toMap(Stakeholder::id, Stakeholder::name)));
    }

    private AccountPlan requirePlan(long planId) {
        return plans.plan(planId).orElseThrow(() -> new UserInputException("plan.missing", String.valueOf(planId)));
    }

    private AccountPlan editable(long planId) {
        AccountPlan plan = requirePlan(planId);
        if (plan.readOnly()) {
            throw new UserInputException("plan.closed");
        }
        return plan;
    }

    private Account account(long accountId) {
        return accounts.findAll().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new UserInputException("account.missing", String.valueOf(accountId)));
    }
}
