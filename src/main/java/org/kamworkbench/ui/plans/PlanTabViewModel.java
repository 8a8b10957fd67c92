package org.kamworkbench.ui.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * One account's plan: choose among its plans, start one (blank or from a template), edit the
 * situation, SWOT and recommendations (one item per line), add objectives and actions, record
 * reviews and compare them. Closed plans are shown read-only.
 */
public final class PlanTabViewModel {
    /** An objective as the table shows it. */
    public record ObjectiveRow(Objective objective, String horizon, String owner, String kpi, String status) {
    }

    /** An action as the table shows it. */
    public record ActionRow(PlanAction action, String who, String objective, String status, boolean overdue) {
    }

    /** What one load brings from the services. */
    record Loaded(List<AccountPlan> plans, List<AccountPlan> templates, PlanDetails details,
                  List<PersonChoice> people, List<KpiDefinition> kpis, LocalDate today) {
    }

    private final PlanService plans;
    private final KpiService kpis;
    private final Texts texts;
    private final long accountId;
    private final ServiceCalls work;

    private final ObservableList<AccountPlan> planList = FXCollections.observableArrayList();
    private final ObjectProperty<AccountPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);
    /** Whether "start a new plan" is unfolded: on an account without a plan, folded once it has one. */
    private final javafx.beans.property.BooleanProperty newPlanOpen =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObservableList<AccountPlan> templates = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> colleagues = FXCollections.observableArrayList();
    private final ObservableList<KpiDefinition> kpiList = FXCollections.observableArrayList();
    private final ObservableList<ObjectiveRow> objectives = FXCollections.observableArrayList();
    private final ObservableList<Objective> objectiveChoices = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<PlanReview> reviews = FXCollections.observableArrayList();
    private final ObservableList<SnapshotChange> changes = FXCollections.observableArrayList();

    // the plan's content, one list item per line
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty challenges = new SimpleStringProperty("");
    private final StringProperty economicIssues = new SimpleStringProperty("");
    private final StringProperty strengths = new SimpleStringProperty("");
    private final StringProperty weaknesses = new SimpleStringProperty("");
    private final StringProperty opportunities = new SimpleStringProperty("");
    private final StringProperty threats = new SimpleStringProperty("");
    private final StringProperty recommendations = new SimpleStringProperty("");

    // a new plan
    private final ObjectProperty<LocalDate> newStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> newEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountPlan> newTemplate = new SimpleObjectProperty<>();
    private final StringProperty templateName = new SimpleStringProperty("");

    // a new objective
    private final StringProperty objectiveTitle = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> objectiveDue = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> objectiveOwner = new SimpleObjectProperty<>();
    private final ObjectProperty<KpiDefinition> objectiveKpi = new SimpleObjectProperty<>();
    private final StringProperty objectiveTarget = new SimpleStringProperty("");

    /** The objective and action the forms edit; null while they add new ones. */
    private final ObjectProperty<Objective> editedObjective = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanAction> editedAction = new SimpleObjectProperty<>();

    // a new action
    private final StringProperty actionWhat = new SimpleStringProperty("");
    private final ObjectProperty<PersonChoice> actionWho = new SimpleObjectProperty<>();
    private final StringProperty actionHow = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    private final ObjectProperty<Objective> actionObjective = new SimpleObjectProperty<>();
    private final StringProperty newColleague = new SimpleStringProperty("");

    // reviews
    private final StringProperty reviewNotes = new SimpleStringProperty("");
    private final ObjectProperty<PlanReview> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanReview> compareTo = new SimpleObjectProperty<>();

    private boolean showing;

    public PlanTabViewModel(PlanService plans, KpiService kpis, Background background, Texts texts, long accountId) {
        this.plans = plans;
        this.kpis = kpis;
        this.texts = texts;
        this.accountId = accountId;
        this.work = new ServiceCalls(background, texts);
        plan.addListener((o, was, now) -> {
            if (!showing && now != null && (was == null || was.id() != now.id())) {
                load(now.id());
            }
        });
        compareFrom.addListener((o, was, now) -> compare());
        compareTo.addListener((o, was, now) -> compare());
    }

    /** Loads the account's current plan (the active one, else the newest draft, else the newest). */
    public void refresh() {
        load(plan.get() == null ? null : plan.get().id());
    }

    private void load(Long planId) {
        work.run("progress.plans", m -> {
            List<AccountPlan> list = plans.plansOf(accountId);
            Long id = planId != null && list.stream().anyMatch(p -> p.id() == planId) ? planId
                    : plans.currentPlan(accountId).or(() -> list.stream().findFirst()).map(AccountPlan::id).orElse(null);
            List<PersonChoice> choices = new ArrayList<>();
            plans.colleagues().forEach(c -> choices.add(new PersonChoice(PersonChoice.Kind.COLLEAGUE, c.id(), c.name())));
            plans.stakeholdersOf(accountId).forEach(s -> choices.add(new PersonChoice(PersonChoice.Kind.STAKEHOLDER,
                    s.id(), s.name())));
            return new Loaded(list, plans.templates(), id == null ? null : plans.details(id), choices,
                    kpis.kpisOf(accountId), plans.today());
        }, this::show);
    }

    void show(Loaded loaded) {
        showing = true;
        try {
            planList.setAll(loaded.plans());
            templates.setAll(loaded.templates());
            people.setAll(loaded.people());
            colleagues.setAll(loaded.people().stream().filter(p -> p.kind() == PersonChoice.Kind.COLLEAGUE).toList());
            kpiList.setAll(loaded.kpis());
            PlanDetails d = loaded.details();
            plan.set(d == null ? null : loaded.plans().stream().filter(p -> p.id() == d.plan().id()).findFirst()
                    .orElse(null));
            hasPlan.set(d != null);
            newPlanOpen.set(d == null);
            editable.set(d != null && !d.plan().readOnly());
            if (newStart.get() == null) {
                LocalDate first = loaded.today().withDayOfMonth(1).plusMonths(1);
                newStart.set(first);
                newEnd.set(first.plusYears(2).minusDays(1));
            }
            showDetails(d, loaded.today());
        } finally {
            showing = false;
        }
    }

    private void showDetails(PlanDetails d, LocalDate today) {
        if (d == null) {
            objectives.clear();
            objectiveChoices.clear();
            actions.clear();
            reviews.clear();
            changes.clear();
            for (StringProperty p : List.of(challenges, economicIssues, strengths, weaknesses, opportunities, threats,
                    recommendations)) {
                p.set("");
            }
            return;
        }
        AccountPlan p = d.plan();
        start.set(p.start());
        end.set(p.end());
        challenges.set(p.challenges());
        economicIssues.set(p.economicIssues());
        strengths.set(String.join("\n", p.strengths()));
        weaknesses.set(String.join("\n", p.weaknesses()));
        opportunities.set(String.join("\n", p.opportunities()));
        threats.set(String.join("\n", p.threats()));
        recommendations.set(String.join("\n", p.recommendations()));
        objectives.setAll(d.objectives().stream().map(o -> new ObjectiveRow(o,
                EnumText.of(texts, o.horizon(p.start())), d.people().colleague(o.ownerId()),
                kpiList.stream().filter(k -> o.kpiId() != null && k.id() == o.kpiId()).map(KpiDefinition::name)
                        .findFirst().orElse(null), EnumText.of(texts, o.status()))).toList());
        objectiveChoices.setAll(d.objectives());
        actions.setAll(d.actions().stream().map(a -> new ActionRow(a, d.people().ownerOf(a),
                d.objectiveTitle(a.objectiveId()), EnumText.of(texts, a.status()), a.overdue(today))).toList());
        reviews.setAll(d.reviews());
        changes.clear();
    }

    public void createPlan() {
        LocalDate s = newStart.get();
        LocalDate e = newEnd.get();
        AccountPlan template = newTemplate.get();
        if (s == null || (template == null && e == null)) {
            work.fail("plans.error.dates");
            return;
        }
        work.run("progress.plans", m -> template == null ? plans.createPlan(accountId, s, e)
                : plans.createFromTemplate(accountId, template.id(), s), created -> load(created.id()));
    }

    public void activate() {
        withPlan(p -> plans.activate(p.id()));
    }

    public void closePlan() {
        withPlan(p -> plans.close(p.id()));
    }

    public void saveAsTemplate() {
        String name = templateName.get();
        withPlan(p -> plans.saveAsTemplate(p.id(), name));
        templateName.set("");
    }

    /** Saves the dates, situation, SWOT and recommendations. */
    public void savePlan() {
        AccountPlan p = plan.get();
        if (p == null) {
            return;
        }
        AccountPlan edited = new AccountPlan(p.id(), p.accountId(), p.templateName(), start.get(), end.get(),
                p.status(), challenges.get(), economicIssues.get(), lines(strengths), lines(weaknesses),
                lines(opportunities), lines(threats), lines(recommendations));
        withPlan(x -> plans.updatePlan(edited));
    }

    /** Adds the objective of the form, or saves the changes to the one being edited. */
    public void addObjective() {
        AccountPlan p = plan.get();
        BigDecimal target = null;
        if (!objectiveTarget.get().isBlank()) {
            target = texts.parseDecimal(objectiveTarget.get());
            if (target == null) {
                work.fail("plans.error.number", objectiveTarget.get());
                return;
            }
        }
        if (p == null) {
            return;
        }
        PersonChoice owner = objectiveOwner.get();
        KpiDefinition kpi = objectiveKpi.get();
        Objective edited = editedObjective.get();
        Objective o = new Objective(edited == null ? 0 : edited.id(), p.id(), objectiveTitle.get(),
                objectiveDue.get(), kpi == null ? null : kpi.id(), target, owner == null ? null : owner.colleagueId(),
                edited == null ? ObjectiveStatus.OPEN : edited.status());
        work.run("progress.plans", m -> plans.saveObjective(o), saved -> {
            cancelObjectiveEdit();
            load(p.id());
        });
    }

    /** Loads an objective into the form, whose button then saves the changes. */
    public void editObjective(ObjectiveRow row) {
        Objective o = row.objective();
        editedObjective.set(o);
        objectiveTitle.set(o.title());
        objectiveDue.set(o.due());
        objectiveOwner.set(colleagues.stream().filter(c -> java.util.Objects.equals(c.colleagueId(), o.ownerId()))
                .findFirst().orElse(null));
        objectiveKpi.set(kpiList.stream().filter(k -> java.util.Objects.equals(k.id(), o.kpiId()))
                .findFirst().orElse(null));
        objectiveTarget.set(o.target() == null ? "" : texts.decimal(o.target()));
    }

    public void cancelObjectiveEdit() {
        editedObjective.set(null);
        objectiveTitle.set("");
        objectiveTarget.set("");
    }

    public void setObjectiveStatus(ObjectiveRow row, ObjectiveStatus status) {
        Objective o = row.objective();
        withPlan(p -> plans.saveObjective(new Objective(o.id(), o.planId(), o.title(), o.due(), o.kpiId(), o.target(),
                o.ownerId(), status)));
    }

    public void deleteObjective(ObjectiveRow row) {
        withPlan(p -> plans.deleteObjective(p.id(), row.objective().id()));
    }

    /** Adds the action of the form, or saves the changes to the one being edited. */
    public void addAction() {
        AccountPlan p = plan.get();
        if (p == null) {
            return;
        }
        PersonChoice who = actionWho.get();
        Objective objective = actionObjective.get();
        PlanAction edited = editedAction.get();
        PlanAction a = new PlanAction(edited == null ? 0 : edited.id(), p.id(), actionWhat.get(),
                who == null ? null : who.colleagueId(), who == null ? null : who.stakeholderId(), actionHow.get(),
                actionDue.get(), edited == null ? ActionStatus.PLANNED : edited.status(),
                objective == null ? null : objective.id(), edited == null ? null : edited.completedOn());
        work.run("progress.plans", m -> plans.saveAction(a), saved -> {
            cancelActionEdit();
            load(p.id());
        });
    }

    /** Loads an action into the form, whose button then saves the changes. */
    public void editAction(ActionRow row) {
        PlanAction a = row.action();
        editedAction.set(a);
        actionWhat.set(a.what());
        actionHow.set(a.how() == null ? "" : a.how());
        actionDue.set(a.due());
        actionWho.set(people.stream().filter(c -> java.util.Objects.equals(c.colleagueId(), a.colleagueId())
                && java.util.Objects.equals(c.stakeholderId(), a.stakeholderId())).findFirst().orElse(null));
        actionObjective.set(objectiveChoices.stream().filter(o -> java.util.Objects.equals(o.id(), a.objectiveId()))
                .findFirst().orElse(null));
    }

    public void cancelActionEdit() {
        editedAction.set(null);
        actionWhat.set("");
        actionHow.set("");
    }

    public void setActionStatus(ActionRow row, ActionStatus status) {
        withPlan(p -> plans.setActionStatus(row.action(), status));
    }

    public void deleteAction(ActionRow row) {
        withPlan(p -> plans.deleteAction(p.id(), row.action().id()));
    }

    /** Adds a colleague by name (the people screens add the details) and makes them the action's owner. */
    public void addColleague() {
        String name = newColleague.get();
        work.run("progress.plans", m -> plans.addColleague(name), added -> {
            newColleague.set("");
            PersonChoice choice = new PersonChoice(PersonChoice.Kind.COLLEAGUE, added.id(), added.name());
            if (people.stream().noneMatch(c -> c.equals(choice))) {
                people.add(0, choice);
                colleagues.add(0, choice);
            }
            actionWho.set(choice);
        });
    }

    /** Records a review with the given participants and a snapshot of the plan as it stands. */
    public void recordReview(List<PersonChoice> participants) {
        String notes = reviewNotes.get();
        List<Long> colleagueIds = participants.stream().map(PersonChoice::colleagueId).filter(x -> x != null).toList();
        List<Long> stakeholderIds = participants.stream().map(PersonChoice::stakeholderId).filter(x -> x != null)
                .toList();
        LocalDate date = plans.today();
        withPlan(p -> plans.recordReview(p.id(), date, colleagueIds, stakeholderIds, notes));
        reviewNotes.set("");
    }

    private void compare() {
        PlanReview a = compareFrom.get();
        PlanReview b = compareTo.get();
        if (a == null) {
            changes.clear();
            return;
        }
        work.run("progress.plans", m -> b == null ? plans.changesSince(a) : plans.compare(a, b), changes::setAll);
    }

    private void withPlan(java.util.function.Consumer<AccountPlan> action) {
        AccountPlan p = plan.get();
        if (p == null) {
            return;
        }
        work.run("progress.plans", m -> {
            action.accept(p);
            return p.id();
        }, this::load);
    }

    private static List<String> lines(StringProperty text) {
        return Arrays.stream(text.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ObservableList<AccountPlan> plans() { return planList; }
    public ObjectProperty<AccountPlan> planProperty() { return plan; }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPlanProperty() { return hasPlan.getReadOnlyProperty(); }
    public javafx.beans.property.BooleanProperty newPlanOpenProperty() { return newPlanOpen; }
    public ObservableList<AccountPlan> templates() { return templates; }
    public ObservableList<PersonChoice> people() { return people; }
    public ObservableList<PersonChoice> colleagues() { return colleagues; }
    public ObservableList<KpiDefinition> kpis() { return kpiList; }
    public ObservableList<ObjectiveRow> objectives() { return objectives; }
    public ObservableList<Objective> objectiveChoices() { return objectiveChoices; }
    public ObservableList<ActionRow> actions() { return actions; }
    public ObservableList<PlanReview> reviews() { return reviews; }
    public ObservableList<SnapshotChange> changes() { return changes; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty challengesProperty() { return challenges; }
    public StringProperty economicIssuesProperty() { return economicIssues; }
    public StringProperty strengthsProperty() { return strengths; }
    public StringProperty weaknessesProperty() { return weaknesses; }
    public StringProperty opportunitiesProperty() { return opportunities; }
    public StringProperty threatsProperty() { return threats; }
    public StringProperty recommendationsProperty() { return recommendations; }
    public ObjectProperty<LocalDate> newStartProperty() { return newStart; }
    public ObjectProperty<LocalDate> newEndProperty() { return newEnd; }
    public ObjectProperty<AccountPlan> newTemplateProperty() { return newTemplate; }
    public StringProperty templateNameProperty() { return templateName; }
    public ObjectProperty<Objective> editedObjectiveProperty() { return editedObjective; }
    public ObjectProperty<PlanAction> editedActionProperty() { return editedAction; }
    public StringProperty objectiveTitleProperty() { return objectiveTitle; }
    public ObjectProperty<LocalDate> objectiveDueProperty() { return objectiveDue; }
    public ObjectProperty<PersonChoice> objectiveOwnerProperty() { return objectiveOwner; }
    public ObjectProperty<KpiDefinition> objectiveKpiProperty() { return objectiveKpi; }
    public StringProperty objectiveTargetProperty() { return objectiveTarget; }
    public StringProperty actionWhatProperty() { return actionWhat; }
    public ObjectProperty<PersonChoice> actionWhoProperty() { return actionWho; }
    public StringProperty actionHowProperty() { return actionHow; }
    public ObjectProperty<LocalDate> actionDueProperty() { return actionDue; }
    public ObjectProperty<Objective> actionObjectiveProperty() { return actionObjective; }
    public StringProperty newColleagueProperty() { return newColleague; }
    public StringProperty reviewNotesProperty() { return reviewNotes; }
    public ObjectProperty<PlanReview> compareFromProperty() { return compareFrom; }
    public ObjectProperty<PlanReview> compareToProperty() { return compareTo; }
    public ReadOnlyBooleanProperty busyProperty() { return work.busy().getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
