package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;

class ActionEditsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = START.plusMonths(2);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private ActionEdits actions;
    private AccountPlan plan;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        actions = new ActionEdits(ws.planStore(), ws.lookup(), ws.stakeholders, ws.clock, ws.edits);
        Account acme = ws.account("A1", "Acme", "EUR");
        plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PlanAction action(String what, String how, LocalDate due, ActionStatus status, LocalDate completedOn,
                              String author) {
        return new PlanAction(0, plan.id(), what, null, null, how, due, status, null, completedOn, author);
    }

    @Test
    void aNewActionIsCleanedAndRecordedWithTheCurrentUserAsAuthor() {
        PlanAction saved = actions.save(action("  Call the buyer ", null, DUE, ActionStatus.PLANNED, DUE, " "),
                EditGuard.UNREAD);
        assertThat(saved.id()).isPositive();
        assertThat(saved.what()).isEqualTo("Call the buyer");
        assertThat(saved.how()).isEmpty();
        assertThat(saved.completedOn()).isNull(); // only a done action keeps a completion day
        assertThat(saved.author()).isEqualTo("Anna Keller");
        assertThat(actions.save(action("Visit", "", DUE, ActionStatus.PLANNED, null, "Maria Rossi"), EditGuard.UNREAD)
                .author()).isEqualTo("Maria Rossi");
    }

    @Test
    void aDoneActionKeepsItsCompletionDayOrTakesToday() {
        assertThat(actions.save(action("Done", "", DUE, ActionStatus.DONE, null, null), EditGuard.UNREAD).completedOn())
                .isEqualTo(PlanWorkspace.TODAY);
        assertThat(actions.save(action("Done", "", DUE, ActionStatus.DONE, DUE, null), EditGuard.UNREAD).completedOn())
                .isEqualTo(DUE);
        PlanAction open = actions.save(action("Later", "", DUE, ActionStatus.PLANNED, null, null), EditGuard.UNREAD);
        PlanAction done = actions.setStatus(open, ActionStatus.DONE, EditGuard.UNREAD);
        assertThat(done.completedOn()).isEqualTo(PlanWorkspace.TODAY);
        assertThat(actions.setStatus(done, ActionStatus.IN_PROGRESS, EditGuard.UNREAD).completedOn()).isNull();
    }

    @Test
    void anActionNeedsWhatAndADueDate() {
        assertThatThrownBy(() -> actions.save(action(" ", "", DUE, ActionStatus.PLANNED, null, null), EditGuard.UNREAD))
                .isInstanceOf(UserInputException.class)
                .hasMessage("The action needs a description of what is to be done.");
        assertThatThrownBy(() -> actions.save(action("Call", "", null, ActionStatus.PLANNED, null, null),
                EditGuard.UNREAD)).isInstanceOf(UserInputException.class).hasMessage("The action needs a due date.");
    }

    @Test
    void theActionsOfAClosedPlanStayAsTheyWere() {
        PlanAction kept = actions.save(action("Call", "", DUE, ActionStatus.PLANNED, null, null), EditGuard.UNREAD);
        ws.plans.close(plan.id());
        assertThatThrownBy(() -> actions.delete(plan.id(), kept.id(), EditGuard.UNREAD)).hasMessageContaining("closed");
        assertThatThrownBy(() -> actions.setStatus(kept, ActionStatus.DONE, EditGuard.UNREAD))
                .hasMessageContaining("closed");
        assertThat(ws.plans.details(plan.id()).actions()).containsExactly(kept);
    }

    @Test
    void deletingRemovesTheAction() {
        PlanAction gone = actions.save(action("Call", "", DUE, ActionStatus.PLANNED, null, null), EditGuard.UNREAD);
        actions.delete(plan.id(), gone.id(), EditGuard.UNREAD);
        assertThat(ws.plans.details(plan.id()).actions()).isEmpty();
    }
}
