package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** The plan, meetings and my-actions view models on real services, without a toolkit. */
class PlanViewModelsTest {
    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private Account acme;
    private Stakeholder bob;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        acme = ws.account("A1", "Acme", "EUR");
        bob = ws.stakeholder(acme, "Bob Client");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PlanTabViewModel planModel() {
        PlanTabViewModel model = new PlanTabViewModel(ws.plans, ws.kpis, Background.DIRECT, TestWorkspaces.english(),
                acme.id());
        model.refresh();
        return model;
    }

    /** Two changes of one objective and of the plan before the first one's reload arrives: none is refused. */
    @Test
    void aSecondChangeBeforeTheReloadIsBasedOnTheFirstNotRefusedAsSomeoneElses() {
        PlanTabViewModel direct = planModel();
        direct.newPlan().create();
        direct.objectives().titleProperty().set("Win the tender");
        direct.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        direct.objectives().save();
        org.kamworkbench.ui.common.LaterOnTheUiThread ui = new org.kamworkbench.ui.common.LaterOnTheUiThread();
        PlanTabViewModel model = new PlanTabViewModel(ws.plans, ws.kpis, ui, TestWorkspaces.english(), acme.id());
        model.refresh();
        ui.deliver();
        ObjectivesEditor.ObjectiveRow row = model.objectives().rows().get(0);

        model.objectives().setStatus(row, ObjectiveStatus.ACHIEVED);
        model.objectives().setStatus(row, ObjectiveStatus.MISSED);
        model.content().strengthsProperty().set("Trusted");
        model.content().save();
        model.content().strengthsProperty().set("Trusted\nFast");
        model.content().save();
        ui.deliver();

        assertThat(model.errorProperty().get()).isEmpty();
        long planId = model.planProperty().get().id();
        assertThat(ws.plans.details(planId).objectives()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ObjectiveStatus.MISSED));
        assertThat(ws.plans.details(planId).plan().strengths()).containsExactly("Trusted", "Fast");
    }

    @Test
    void aNewPlanStartsNextMonthForTwoYearsAndListsItsContent() {
        PlanTabViewModel model = planModel();
        assertThat(model.hasPlanProperty().get()).isFalse();
        assertThat(model.newPlan().startProperty().get()).isEqualTo(LocalDate.of(2026, 4, 1)); // the clock says 2026-03-15
        model.newPlan().create();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.hasPlanProperty().get()).isTrue();
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.people().all()).extracting(PersonChoice::name).containsExactly("Bob Client");

        model.content().strengthsProperty().set("Trusted\n\n  Fast  ");
        model.content().save();
        assertThat(ws.plans.details(model.planProperty().get().id()).plan().strengths())
                .containsExactly("Trusted", "Fast");

        model.objectives().titleProperty().set("Win the tender");
        model.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        model.objectives().targetProperty().set("2 SKUs listed"); // a target in words: kept as written, no number
        model.objectives().save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.objectives().rows()).singleElement().satisfies(o -> {
            assertThat(o.horizon()).isEqualTo("Medium term");
            assertThat(o.objective().targetText()).isEqualTo("2 SKUs listed");
            assertThat(o.objective().target()).isNull();
        });

        model.actions().newColleagueProperty().set("Ann Keller");
        model.actions().addColleague();
        assertThat(model.actions().whoProperty().get().name()).isEqualTo("Ann Keller");
        model.actions().whatProperty().set("Call the buyer");
        model.actions().dueProperty().set(LocalDate.of(2026, 4, 10));
        model.actions().save();
        assertThat(model.actions().rows()).singleElement().satisfies(a -> assertThat(a.who()).isEqualTo("Ann Keller"));
        model.actions().setStatus(model.actions().rows().get(0), ActionStatus.DONE);
        assertThat(model.actions().rows().get(0).status()).isEqualTo("Done");
        model.objectives().delete(model.objectives().rows().get(0));
        assertThat(model.objectives().rows()).isEmpty();
    }

    @Test
    void aTextTargetCarriesAnOptionalNumberAndANumberThatIsNotOneIsRefused() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.objectives().titleProperty().set("List our range");
        model.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        model.objectives().targetProperty().set("2 SKUs listed");
        model.objectives().targetNumberProperty().set("2 SKUs");
        model.objectives().save();
        assertThat(model.errorProperty().get()).isEqualTo(
                "The numeric target \"2 SKUs\" is not a number. Leave it empty, or write a number such as 2 or 1,500.");
        assertThat(model.objectives().rows()).isEmpty();
        assertThat(model.objectives().targetProperty().get()).as("the form keeps what was typed").isEqualTo("2 SKUs listed");

        model.objectives().targetNumberProperty().set("2");
        model.objectives().save();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.objectives().rows()).singleElement().satisfies(o -> {
            assertThat(o.objective().targetText()).isEqualTo("2 SKUs listed");
            assertThat(o.objective().target()).isEqualByComparingTo("2");
        });
        model.objectives().edit(model.objectives().rows().get(0));
        assertThat(model.objectives().targetProperty().get()).isEqualTo("2 SKUs listed");
        assertThat(model.objectives().targetNumberProperty().get()).isEqualTo("2");
        model.objectives().cancelEdit();
        assertThat(model.objectives().targetNumberProperty().get()).isEmpty();
    }

    @Test
    void anObjectiveAndAnActionAreEditedInPlaceKeepingTheirStatus() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.objectives().titleProperty().set("Win the tender");
        model.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        model.objectives().targetProperty().set("12.5");
        model.objectives().save();
        model.objectives().setStatus(model.objectives().rows().get(0), ObjectiveStatus.ACHIEVED);
        model.actions().whatProperty().set("Call the buyer");
        model.actions().whoProperty().set(model.people().all().get(0));
        model.actions().dueProperty().set(LocalDate.of(2026, 4, 10));
        model.actions().save();
        model.actions().setStatus(model.actions().rows().get(0), ActionStatus.IN_PROGRESS);

        model.objectives().edit(model.objectives().rows().get(0));
        assertThat(model.objectives().titleProperty().get()).isEqualTo("Win the tender");
        assertThat(model.objectives().targetProperty().get()).isEqualTo("12.5");
        model.objectives().titleProperty().set("Win the 2027 tender");
        model.objectives().dueProperty().set(LocalDate.of(2026, 8, 31));
        model.objectives().save();
        assertThat(model.objectives().editedProperty().get()).isNull();
        assertThat(model.objectives().rows()).singleElement().satisfies(o -> {
            assertThat(o.objective().title()).isEqualTo("Win the 2027 tender");
            assertThat(o.objective().status()).isEqualTo(ObjectiveStatus.ACHIEVED);
            assertThat(o.horizon()).isEqualTo("Short term");
        });

        model.actions().edit(model.actions().rows().get(0));
        assertThat(model.actions().whoProperty().get().name()).isEqualTo("Bob Client");
        model.actions().whatProperty().set("Call the buyer and the CFO");
        model.actions().save();
        assertThat(model.actions().rows()).singleElement().satisfies(a -> {
            assertThat(a.action().what()).isEqualTo("Call the buyer and the CFO");
            assertThat(a.action().status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(a.who()).isEqualTo("Bob Client");
        });

        model.actions().edit(model.actions().rows().get(0));
        model.actions().cancelEdit();
        assertThat(model.actions().editedProperty().get()).isNull();
        assertThat(model.actions().whatProperty().get()).isEmpty();
    }

    @Test
    void reviewsCompareWithThePlanAsItIsNow() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.reviews().record(List.of(new PersonChoice(PersonChoice.Kind.STAKEHOLDER, bob.id(), "Bob Client")));
        assertThat(model.reviews().reviews()).hasSize(1);
        model.content().challengesProperty().set("Price pressure");
        model.content().save();
        model.reviews().compareFromProperty().set(model.reviews().reviews().get(0));
        assertThat(model.reviews().changes()).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo("Situation · business challenges");
            assertThat(c.after()).isEqualTo("Price pressure");
        });
    }

    @Test
    void aClosedPlanIsReadOnly() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.closePlan();
        assertThat(model.editableProperty().get()).isFalse();
    }

    @Test
    void aLoggedNextStepBecomesAnActionInOneClickAndShowsInMyActions() {
        ws.plans.createPlan(acme.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        InteractionsViewModel log = new InteractionsViewModel(ws.interactions, ws.plans, Background.DIRECT,
                TestWorkspaces.english(), acme.id());
        log.refresh();
        log.dateProperty().set(LocalDate.of(2026, 2, 1));
        log.typeProperty().set(InteractionType.BUSINESS_REVIEW);
        log.feedbackProperty().set("Delivery times too long");
        log.nextStepsProperty().set("Send a delivery plan\nVisit the plant");
        log.save(List.of(new PersonChoice(PersonChoice.Kind.STAKEHOLDER, bob.id(), "Bob Client")));
        assertThat(log.rows()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("Business review");
            assertThat(r.participants()).isEqualTo("Bob Client");
        });
        assertThat(log.steps()).extracting(InteractionsViewModel.StepRow::done).containsExactly(false, false);

        log.stepOwnerProperty().set(new PersonChoice(PersonChoice.Kind.STAKEHOLDER, bob.id(), "Bob Client"));
        log.toAction(log.steps().get(0));
        assertThat(log.steps()).extracting(InteractionsViewModel.StepRow::done).containsExactly(true, false);
        assertThat(log.messageProperty().get()).isEqualTo("Action \"Send a delivery plan\" added to the plan, due "
                + org.kamworkbench.ui.TestWorkspaces.english().date(LocalDate.of(2026, 2, 15)) + ".");
        assertThat(ws.interactions.lastContactByStakeholder()).containsEntry(bob.id(), LocalDate.of(2026, 2, 1));

        MyActionsViewModel mine = new MyActionsViewModel(ws.plans, Background.DIRECT, TestWorkspaces.english());
        mine.refresh();
        assertThat(mine.rows()).singleElement().satisfies(i -> assertThat(i.overdue()).isTrue());
        assertThat(mine.countTextProperty().get()).isEqualTo("1 action, 1 overdue");
        mine.ownerProperty().set("Ann");
        assertThat(mine.rows()).isEmpty();
        mine.ownerProperty().set("Bob Client");
        assertThat(mine.rows()).hasSize(1);
        assertThat(mine.owners()).contains(MyActionsViewModel.EVERYONE, "Bob Client");
    }

    @Test
    void myActionsOpensOnTheUsersOwnWhenTheyAreOneOfOurPeople() {
        var plan = ws.plans.createPlan(acme.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        var ada = ws.plans.addColleague("Ada Lovelace");
        ws.plans.saveAction(new org.kamworkbench.domain.PlanAction(0, plan.id(), "Call the buyer", ada.id(), null, null,
                LocalDate.of(2026, 6, 1), org.kamworkbench.domain.ActionStatus.PLANNED, null, null));
        ws.plans.saveAction(new org.kamworkbench.domain.PlanAction(0, plan.id(), "Send samples", null, bob.id(), null,
                LocalDate.of(2026, 6, 1), org.kamworkbench.domain.ActionStatus.PLANNED, null, null));

        MyActionsViewModel mine = new MyActionsViewModel(ws.plans, Background.DIRECT, TestWorkspaces.english());
        mine.openOn("ada lovelace");
        mine.refresh();
        assertThat(mine.ownerProperty().get()).isEqualTo("Ada Lovelace");
        assertThat(mine.rows()).singleElement().satisfies(i -> assertThat(i.action().what()).isEqualTo("Call the buyer"));

        MyActionsViewModel stranger = new MyActionsViewModel(ws.plans, Background.DIRECT, TestWorkspaces.english());
        stranger.openOn("Grace Hopper");
        stranger.refresh();
        assertThat(stranger.ownerProperty().get()).as("not one of our people: everyone's")
                .isEqualTo(MyActionsViewModel.EVERYONE);
        assertThat(stranger.rows()).hasSize(2);
    }

    @Test
    void aLoggedInteractionIsEditedInPlaceAndItsStepsKeepTheirActions() {
        ws.plans.createPlan(acme.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        InteractionsViewModel log = new InteractionsViewModel(ws.interactions, ws.plans, Background.DIRECT,
                TestWorkspaces.english(), acme.id());
        log.refresh();
        PersonChoice bobChoice = new PersonChoice(PersonChoice.Kind.STAKEHOLDER, bob.id(), "Bob Client");
        log.dateProperty().set(LocalDate.of(2026, 2, 1));
        log.typeProperty().set(InteractionType.MEETING);
        log.topicsProperty().set("Pricing");
        log.nextStepsProperty().set("Send a delivery plan\nVisit the plant");
        log.save(List.of(bobChoice));
        log.toAction(log.steps().get(0));

        List<PersonChoice> participants = log.edit(log.rows().get(0));
        assertThat(log.editedProperty().get()).isNotNull();
        assertThat(log.topicsProperty().get()).isEqualTo("Pricing");
        assertThat(log.nextStepsProperty().get()).isEqualTo("Send a delivery plan\nVisit the plant");
        assertThat(participants).extracting(PersonChoice::stakeholderId).containsExactly(bob.id());

        log.typeProperty().set(InteractionType.CALL);
        log.topicsProperty().set("Pricing and volumes");
        log.nextStepsProperty().set("Send a delivery plan\nCall back in May");
        log.save(participants);
        assertThat(log.editedProperty().get()).as("back to logging new ones").isNull();
        assertThat(log.topicsProperty().get()).isEmpty();
        assertThat(log.messageProperty().get()).isEqualTo("Interaction of " + org.kamworkbench.ui.TestWorkspaces.english().date(LocalDate.of(2026, 2, 1)) + " saved.");
        assertThat(log.rows()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("Call");
            assertThat(r.interaction().topics()).isEqualTo("Pricing and volumes");
        });
        log.selectedProperty().set(log.rows().get(0));
        assertThat(log.steps()).extracting(InteractionsViewModel.StepRow::text, InteractionsViewModel.StepRow::done)
                .as("the unchanged step keeps its action").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Send a delivery plan", true),
                        org.assertj.core.groups.Tuple.tuple("Call back in May", false));
    }

    @Test
    void cancellingAnEditLeavesTheInteractionAsItWas() {
        InteractionsViewModel log = new InteractionsViewModel(ws.interactions, ws.plans, Background.DIRECT,
                TestWorkspaces.english(), acme.id());
        log.refresh();
        log.dateProperty().set(LocalDate.of(2026, 3, 1));
        log.topicsProperty().set("Renewal");
        log.save(List.of());
        log.edit(log.rows().get(0));
        log.topicsProperty().set("Something else");
        log.cancelEdit();
        assertThat(log.editedProperty().get()).isNull();
        assertThat(log.rows()).singleElement().satisfies(r -> assertThat(r.interaction().topics()).isEqualTo("Renewal"));
    }

    @Test
    void aSaveRefusedBecauseSomeoneElseChangedTheObjectiveSaysWhoAndKeepsWhatWasTyped() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.objectives().titleProperty().set("Win the tender");
        model.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        model.objectives().save();
        model.objectives().edit(model.objectives().rows().get(0));
        org.kamworkbench.domain.Objective o = model.objectives().rows().get(0).objective();

        org.kamworkbench.service.plan.PlanService maria = ws.plansAs("Maria Rossi",
                java.time.Clock.fixed(java.time.Instant.parse("2026-03-15T14:32:00Z"), java.time.ZoneOffset.UTC));
        maria.saveObjective(new org.kamworkbench.domain.Objective(o.id(), o.planId(), "Win the big tender", o.due(),
                null, null, null, ObjectiveStatus.OPEN), maria.versions(maria.details(o.planId()))
                .of(org.kamworkbench.domain.VersionKey.objective(o.id())));

        model.objectives().titleProperty().set("Win the 2027 tender");
        model.objectives().targetProperty().set("2 SKUs listed");
        model.objectives().save();
        assertThat(model.errorProperty().get()).isEqualTo("Changed by Maria Rossi at 2:32 PM — reload to see it.");
        assertThat(model.objectives().titleProperty().get()).isEqualTo("Win the 2027 tender");
        assertThat(model.objectives().targetProperty().get()).isEqualTo("2 SKUs listed");
        assertThat(model.objectives().editedProperty().get()).isNotNull();
        assertThat(ws.plans.details(o.planId()).objectives().get(0).title()).isEqualTo("Win the big tender");

        model.refresh(); // F5: Maria's change shows
        assertThat(model.objectives().rows()).singleElement()
                .satisfies(r -> assertThat(r.objective().title()).isEqualTo("Win the big tender"));
        model.objectives().edit(model.objectives().rows().get(0));
        model.objectives().titleProperty().set("Win the 2027 tender");
        model.objectives().save(); // based on Maria's version now
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.objectives().rows().get(0).objective().title()).isEqualTo("Win the 2027 tender");
    }

    @Test
    void anObjectiveOwnerCanBeAddedAsANewColleagueRightThere() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        assertThat(model.people().colleagues()).isEmpty();
        model.objectives().newColleagueProperty().set("Ann Keller");
        model.objectives().addColleague();
        assertThat(model.objectives().ownerProperty().get().name()).isEqualTo("Ann Keller");
        assertThat(model.objectives().newColleagueProperty().get()).isEmpty();
        assertThat(model.people().colleagues()).extracting(PersonChoice::name).containsExactly("Ann Keller");
        model.objectives().titleProperty().set("Win the tender");
        model.objectives().dueProperty().set(LocalDate.of(2027, 1, 31));
        model.objectives().save();
        assertThat(model.objectives().rows()).singleElement()
                .satisfies(r -> assertThat(r.owner()).isEqualTo("Ann Keller"));
    }

    @Test
    void anActionRecordsWhoAddedIt() {
        PlanTabViewModel model = planModel();
        model.newPlan().create();
        model.actions().whatProperty().set("Call the buyer");
        model.actions().dueProperty().set(LocalDate.of(2026, 4, 10));
        model.actions().save();
        assertThat(model.actions().rows()).singleElement()
                .satisfies(r -> assertThat(r.action().author()).isEqualTo("Anna Keller"));
    }
}
