package org.kamworkbench.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.store.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class InteractionServiceTest {
    @Parameter
    TestDatabase.Kind kind;
    private static final LocalDate MEETING = LocalDate.of(2026, 2, 10);

    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private InteractionService log;
    private Account acme;
    private Stakeholder bob;
    private Stakeholder carla;
    private Colleague ann;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir, kind);
        log = ws.interactions;
        acme = ws.account("A1", "Acme", "EUR");
        bob = ws.stakeholder(acme, "Bob");
        carla = ws.stakeholder(acme, "Carla");
        ann = ws.colleague("Ann");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anInteractionKeepsParticipantsTopicsFeedbackAndNextSteps() {
        Interaction saved = log.save(meeting(MEETING, List.of(bob.id()), "Pricing", "Too expensive",
                List.of(new NextStep("Send offer", null), new NextStep(" ", null))));
        List<Interaction> stored = log.interactionsOf(acme.id());
        assertThat(stored).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(saved.id());
            assertThat(i.stakeholderIds()).containsExactly(bob.id());
            assertThat(i.colleagueIds()).containsExactly(ann.id());
            assertThat(i.feedback()).isEqualTo("Too expensive");
            assertThat(i.nextSteps()).containsExactly(new NextStep("Send offer", null));
        });
    }

    @Test
    void aNextStepBecomesAnActionOfTheAccountsPlanOnce() {
        Interaction saved = log.save(meeting(MEETING, List.of(bob.id()), "Pricing", "", List.of(
                new NextStep("Send offer", null))));
        assertThatThrownBy(() -> log.toAction(saved.id(), 0, ann.id(), null, null))
                .hasMessageContaining("create a plan first");
        AccountPlan plan = ws.plans.createPlan(acme.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

        PlanAction action = log.toAction(saved.id(), 0, ann.id(), null, null);
        assertThat(action.planId()).isEqualTo(plan.id());
        assertThat(action.what()).isEqualTo("Send offer");
        assertThat(action.due()).isEqualTo(MEETING.plusDays(14));
        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.how()).isEqualTo("Agreed in the meeting of 2026-02-10.");
        assertThat(ws.plans.details(plan.id()).actions()).extracting(PlanAction::id).containsExactly(action.id());
        assertThat(log.interactionsOf(acme.id()).get(0).nextSteps().get(0).actionId()).isEqualTo(action.id());
        assertThatThrownBy(() -> log.toAction(saved.id(), 0, ann.id(), null, null))
                .hasMessageContaining("already an action");
    }

    @Test
    void lastContactIsTheLatestInteractionEachStakeholderTookPartIn() {
        log.save(meeting(MEETING, List.of(bob.id(), carla.id()), "", "", List.of()));
        log.save(meeting(MEETING.plusDays(20), List.of(bob.id()), "", "", List.of()));
        log.save(meeting(MEETING.minusDays(40), List.of(carla.id()), "", "", List.of()));
        assertThat(log.lastContactByStakeholder()).containsEntry(bob.id(), MEETING.plusDays(20))
                .containsEntry(carla.id(), MEETING).hasSize(2);
    }

    private Interaction meeting(LocalDate date, List<Long> stakeholders, String topics, String feedback,
                                List<NextStep> steps) {
        return new Interaction(0, acme.id(), date, InteractionType.MEETING, stakeholders, List.of(ann.id()), topics,
                feedback, steps);
    }
}
