package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Horizon;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.Stakeholder;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.store.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class PlanServiceTest {
    @Parameter
    TestDatabase.Kind kind;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private PlanService plans;
    private Account acme;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir, kind);
        plans = ws.plans;
        acme = ws.account("A1", "Acme", "EUR");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aPlanRunsOneToThreeYears() {
        assertThatThrownBy(() -> plans.createPlan(acme.id(), START, START.plusMonths(11)))
                .hasMessageContaining("less than a year");
        assertThatThrownBy(() -> plans.createPlan(acme.id(), START, START.plusMonths(36).plusDays(1)))
                .hasMessageContaining("more than 3 years");
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusMonths(36));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.plansOf(acme.id())).hasSize(1);
    }

    @Test
    void activatingANewPlanClosesTheOldOneWhichThenIsReadOnly() {
        AccountPlan old = plans.createPlan(acme.id(), START, START.plusYears(1));
        plans.activate(old.id());
        AccountPlan next = plans.createPlan(acme.id(), START.plusYears(1), START.plusYears(3));
        plans.activate(next.id());

        assertThat(plans.currentPlan(acme.id())).map(AccountPlan::id).contains(next.id());
        AccountPlan closed = plans.details(old.id()).plan();
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plans.plansOf(acme.id()).stream().filter(p -> p.status() == PlanStatus.ACTIVE)).hasSize(1);
        assertThatThrownBy(() -> plans.saveObjective(new Objective(0, old.id(), "Late", START.plusMonths(2), null,
                null, null, ObjectiveStatus.OPEN))).hasMessageContaining("closed");
    }

    @Test
    void situationSwotAndRecommendationsAreKeptInOrder() {
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusYears(2));
        plans.updatePlan(new AccountPlan(plan.id(), plan.accountId(), null, START, START.plusYears(2),
                PlanStatus.DRAFT, "Margin pressure", "Energy prices", List.of("Trusted supplier", " "),
                List.of("Few contacts in IT"), List.of("New plant"), List.of("Low-cost rival"),
                List.of("Win the plant", "Meet the CIO", "Cut lead time")));
        AccountPlan stored = plans.details(plan.id()).plan();
        assertThat(stored.challenges()).isEqualTo("Margin pressure");
        assertThat(stored.strengths()).containsExactly("Trusted supplier");
        assertThat(stored.recommendations()).containsExactly("Win the plant", "Meet the CIO", "Cut lead time");
    }

    @Test
    void objectivesTakeTheirHorizonFromTheDueDateAndMustLieInThePlan() {
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusYears(3));
        Objective shortOne = objective(plan, "Pilot", START.plusMonths(6));
        Objective mediumOne = objective(plan, "Roll out", START.plusMonths(18));
        Objective longOne = objective(plan, "Sole supplier", START.plusMonths(30));
        assertThat(List.of(shortOne, mediumOne, longOne)).extracting(o -> o.horizon(plan.start()))
                .containsExactly(Horizon.SHORT, Horizon.MEDIUM, Horizon.LONG);
        assertThatThrownBy(() -> objective(plan, "Too late", START.plusYears(4))).hasMessageContaining("outside");
    }

    @Test
    void reviewsKeepSnapshotsAndTwoSnapshotsCompare() {
        Colleague ann = ws.colleague("Ann Keller");
        Stakeholder bob = ws.stakeholder(acme, "Bob Client");
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusYears(2));
        Objective pilot = objective(plan, "Pilot", START.plusMonths(5));
        PlanAction call = plans.saveAction(new PlanAction(0, plan.id(), "Call the CIO", ann.id(), null, "Phone",
                START.plusMonths(1), ActionStatus.PLANNED, pilot.id(), null));
        PlanReview first = plans.recordReview(plan.id(), START.plusMonths(1), List.of(ann.id()), List.of(bob.id()),
                "Kick-off");

        plans.setActionStatus(call, ActionStatus.DONE);
        plans.saveObjective(new Objective(pilot.id(), plan.id(), "Pilot", START.plusMonths(6), null,
                new BigDecimal("3"), ann.id(), ObjectiveStatus.OPEN));
        objective(plan, "Second site", START.plusMonths(12));
        PlanReview second = plans.recordReview(plan.id(), START.plusMonths(3), List.of(ann.id()), List.of(), "Q1");

        List<PlanReview> stored = plans.details(plan.id()).reviews();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).colleagueIds()).containsExactly(ann.id());
        assertThat(stored.get(0).stakeholderIds()).containsExactly(bob.id());
        assertThat(stored.get(0).snapshot()).containsEntry("Action 'Call the CIO' · status", "PLANNED")
                .containsEntry("Action 'Call the CIO' · who", "Ann Keller");

        List<SnapshotChange> changes = plans.compare(stored.get(0), stored.get(1));
        assertThat(changes).contains(
                new SnapshotChange(SnapshotChange.Kind.CHANGED, "Action 'Call the CIO' · status", "PLANNED", "DONE"),
                new SnapshotChange(SnapshotChange.Kind.CHANGED, "Objective 'Pilot' · due", "2026-06-01", "2026-07-01"),
                new SnapshotChange(SnapshotChange.Kind.CHANGED, "Objective 'Pilot' · target", "", "3"),
                new SnapshotChange(SnapshotChange.Kind.CHANGED, "Objective 'Pilot' · owner", "", "Ann Keller"),
                new SnapshotChange(SnapshotChange.Kind.ADDED, "Objective 'Second site' · due", null, "2027-01-01"));
        assertThat(changes).noneMatch(c -> c.item().startsWith("Plan ·"));
        assertThat(plans.changesSince(second)).isEmpty();
        assertThat(plans.compare(second, first)).contains(new SnapshotChange(SnapshotChange.Kind.REMOVED,
                "Objective 'Second site' · due", "2027-01-01", null));
    }

    @Test
    void overdueAgainstTheClockAndMyActionsByOwnerName() {
        Colleague ann = ws.colleague("Ann Keller");
        Stakeholder bob = ws.stakeholder(acme, "Bob Client");
        Account beta = ws.account("B2", "Beta", "EUR");
        AccountPlan p1 = plans.createPlan(acme.id(), START, START.plusYears(2));
        AccountPlan p2 = plans.createPlan(beta.id(), START, START.plusYears(2));
        LocalDate today = PlanWorkspace.TODAY;
        action(p1, "Yesterday", ann.id(), null, today.minusDays(1), ActionStatus.IN_PROGRESS);
        action(p1, "Today", ann.id(), null, today, ActionStatus.PLANNED);
        action(p2, "Done late", ann.id(), null, today.minusDays(30), ActionStatus.DONE);
        action(p1, "Client sends specs", null, bob.id(), today.minusDays(3), ActionStatus.BLOCKED);
        action(p2, "Nobody yet", null, null, today.plusDays(5), ActionStatus.PLANNED);

        assertThat(plans.actions(null, false)).extracting(i -> i.action().what())
                .containsExactly("Done late", "Client sends specs", "Yesterday", "Today", "Nobody yet");
        assertThat(plans.actions(null, true)).extracting(i -> i.action().what())
                .containsExactly("Client sends specs", "Yesterday");
        assertThat(plans.actions("ann keller", false)).extracting(i -> i.action().what())
                .containsExactly("Done late", "Yesterday", "Today");
        List<ActionItem> bobs = plans.actions("Bob Client", true);
        assertThat(bobs).singleElement().satisfies(i -> {
            assertThat(i.ownerIsStakeholder()).isTrue();
            assertThat(i.account().externalId()).isEqualTo("A1");
            assertThat(i.overdue()).isTrue();
        });
    }

    @Test
    void aStakeholderOfAnotherAccountCannotOwnTheAction() {
        Account beta = ws.account("B2", "Beta", "EUR");
        Stakeholder elsewhere = ws.stakeholder(beta, "Eve Elsewhere");
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusYears(2));
        assertThatThrownBy(() -> action(plan, "Wrong", null, elsewhere.id(), START, ActionStatus.PLANNED))
                .hasMessageContaining("plan's account");
    }

    @Test
    void aTemplateCarriesThePlanToANewStartMovingEveryDate() {
        Colleague ann = ws.colleague("Ann Keller");
        AccountPlan plan = plans.createPlan(acme.id(), START, START.plusYears(2));
        plans.updatePlan(new AccountPlan(plan.id(), plan.accountId(), null, START, START.plusYears(2),
                PlanStatus.DRAFT, "Challenge", "", List.of("S"), List.of(), List.of(), List.of(), List.of("R1")));
        Objective pilot = objective(plan, "Pilot", START.plusMonths(4));
        plans.saveAction(new PlanAction(0, plan.id(), "Workshop", ann.id(), null, null, START.plusMonths(2),
                ActionStatus.DONE, pilot.id(), null));
        AccountPlan template = plans.saveAsTemplate(plan.id(), "Growth");
        assertThatThrownBy(() -> plans.saveAsTemplate(plan.id(), "growth")).hasMessageContaining("already");

        Account beta = ws.account("B2", "Beta", "EUR");
        AccountPlan copy = plans.createFromTemplate(beta.id(), template.id(), LocalDate.of(2026, 7, 1));
        PlanDetails d = plans.details(copy.id());
        assertThat(d.plan().end()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(d.plan().recommendations()).containsExactly("R1");
        assertThat(d.objectives()).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo(pilot.title());
            assertThat(o.due()).isEqualTo(LocalDate.of(2026, 11, 1));
        });
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.due()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
            assertThat(a.colleagueId()).isEqualTo(ann.id());
            assertThat(a.objectiveId()).isEqualTo(d.objectives().get(0).id());
        });
        assertThat(plans.templates()).extracting(AccountPlan::templateName).containsExactly("Growth");
    }

    @Test
    void addingAColleagueByNameReusesAnExistingOne() {
        Colleague ann = plans.addColleague("Ann Keller");
        assertThat(plans.addColleague(" ann keller ").id()).isEqualTo(ann.id());
        assertThat(plans.colleagues()).hasSize(1);
    }

    private Objective objective(AccountPlan plan, String title, LocalDate due) {
        return plans.saveObjective(new Objective(0, plan.id(), title, due, null, null, null, ObjectiveStatus.OPEN));
    }

    private PlanAction action(AccountPlan plan, String what, Long colleague, Long stakeholder, LocalDate due,
                              ActionStatus status) {
        return plans.saveAction(new PlanAction(0, plan.id(), what, colleague, stakeholder, null, due, status, null,
                null));
    }
}
