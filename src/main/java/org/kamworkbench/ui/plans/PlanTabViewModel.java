package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * One account's plan: choose among its plans, activate or close the one in view, and load it into its
 * parts — the new-plan form, the plan's content, objectives, actions and reviews — which edit it.
 * Closed plans are shown read-only.
 */
public final class PlanTabViewModel {
    /** What one load brings from the services. */
    record Loaded(List<AccountPlan> plans, List<AccountPlan> templates, PlanDetails details,
                  List<PersonChoice> people, List<KpiDefinition> kpis, LocalDate today, Versions versions) {
    }

    private final PlanService plans;
    private final KpiService kpis;
    private final long accountId;
    private final PlanEditing editing;

    private final ObservableList<AccountPlan> planList = FXCollections.observableArrayList();
    private final ObjectProperty<AccountPlan> plan = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);
    /** Whether "start a new plan" is unfolded: on an account without a plan, folded once it has one. */
    private final BooleanProperty newPlanOpen = new SimpleBooleanProperty(false);
    private final ObservableList<KpiDefinition> kpiList = FXCollections.observableArrayList();

    private final PlanPeople people;
    private final NewPlanForm newPlan;
    private final PlanContentForm content;
    private final ObjectivesEditor objectives;
    private final ActionsEditor actions;
    private final PlanReviews reviews;

    private boolean showing;

    public PlanTabViewModel(PlanService plans, KpiService kpis, Background background, Texts texts, long accountId) {
        this.plans = plans;
        this.kpis = kpis;
        this.accountId = accountId;
        this.editing = new PlanEditing(plans, background, texts, plan, this::load);
        this.people = new PlanPeople(editing);
        this.newPlan = new NewPlanForm(editing, accountId);
        this.content = new PlanContentForm(editing);
        this.objectives = new ObjectivesEditor(editing, people, kpiList);
        this.actions = new ActionsEditor(editing, people, objectives.choices());
        this.reviews = new PlanReviews(editing);
        plan.addListener((o, was, now) -> {
            if (!showing && now != null && (was == null || was.id() != now.id())) {
                load(now.id());
            }
        });
    }

    /** Loads the account's current plan (the active one, else the newest draft, else the newest). */
    public void refresh() {
        load(plan.get() == null ? null : plan.get().id());
    }

    private void load(Long planId) {
        editing.work.run("progress.plans", m -> {
            List<AccountPlan> list = plans.plansOf(accountId);
            Long id = planId != null && list.stream().anyMatch(p -> p.id() == planId) ? planId
                    : plans.currentPlan(accountId).or(() -> list.stream().findFirst()).map(AccountPlan::id).orElse(null);
            List<PersonChoice> choices = new ArrayList<>();
            plans.colleagues().forEach(c -> choices.add(new PersonChoice(PersonChoice.Kind.COLLEAGUE, c.id(), c.name())));
            plans.stakeholdersOf(accountId).forEach(s -> choices.add(new PersonChoice(PersonChoice.Kind.STAKEHOLDER,
                    s.id(), s.name())));
            PlanDetails details = id == null ? null : plans.details(id);
            return new Loaded(list, plans.templates(), details, choices, kpis.kpisOf(accountId), plans.today(),
                    details == null ? Versions.NONE : plans.versions(details));
        }, this::show);
    }

    void show(Loaded loaded) {
        showing = true;
        try {
            planList.setAll(loaded.plans());
            people.show(loaded.people());
            kpiList.setAll(loaded.kpis());
            PlanDetails d = loaded.details();
            editing.show(loaded.versions());
            plan.set(d == null ? null : loaded.plans().stream().filter(p -> p.id() == d.plan().id()).findFirst()
                    .orElse(null));
            hasPlan.set(d != null);
            newPlanOpen.set(d == null);
            editable.set(d != null && !d.plan().readOnly());
            newPlan.show(loaded.templates(), loaded.today());
            content.show(d == null ? null : d.plan());
            objectives.show(d);
            actions.show(d, loaded.today());
            reviews.show(d);
        } finally {
            showing = false;
        }
    }

    public void activate() {
        editing.withPlan(p -> plans.activate(p.id()));
    }

    public void closePlan() {
        editing.withPlan(p -> plans.close(p.id()));
    }

    public NewPlanForm newPlan() { return newPlan; }
    public PlanContentForm content() { return content; }
    public ObjectivesEditor objectives() { return objectives; }
    public ActionsEditor actions() { return actions; }
    public PlanReviews reviews() { return reviews; }
    public PlanPeople people() { return people; }
    public ObservableList<AccountPlan> plans() { return planList; }
    public ObjectProperty<AccountPlan> planProperty() { return plan; }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPlanProperty() { return hasPlan.getReadOnlyProperty(); }
    public BooleanProperty newPlanOpenProperty() { return newPlanOpen; }
    public ObservableList<KpiDefinition> kpis() { return kpiList; }
    public ReadOnlyBooleanProperty busyProperty() { return editing.work.busy().getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return editing.work.error().getReadOnlyProperty(); }
}
