package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;

class ObjectiveEditsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private ObjectiveEdits objectives;
    private AccountPlan plan;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        objectives = new ObjectiveEdits(ws.planStore(), ws.lookup(), ws.edits);
        Account acme = ws.account("A1", "Acme", "EUR");
        plan = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Objective objective(String title, LocalDate due, String targetText) {
        return new Objective(0, plan.id(), title, due, null, new BigDecimal("2"), null, ObjectiveStatus.OPEN,
                targetText);
    }

    @Test
    void theTitleAndATargetWrittenAsTextAreStrippedAndABlankTargetTextIsNone() {
        Objective saved = objectives.save(objective(" Listed ", START.plusMonths(6), "  2 SKUs listed "),
                EditGuard.UNREAD);
        assertThat(saved.title()).isEqualTo("Listed");
        assertThat(saved.targetText()).isEqualTo("2 SKUs listed");
        assertThat(saved.target()).isEqualByComparingTo("2");
        assertThat(objectives.save(objective("Grow", START.plusMonths(6), "  "), EditGuard.UNREAD).targetText())
                .isNull();
    }

    @Test
    void anObjectiveNeedsATitleAndADueDateInsideThePlan() {
        assertThatThrownBy(() -> objectives.save(objective(" ", START.plusMonths(6), null), EditGuard.UNREAD))
                .isInstanceOf(UserInputException.class).hasMessage("The objective needs a title.");
        assertThatThrownBy(() -> objectives.save(objective("Grow", null, null), EditGuard.UNREAD))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> objectives.save(objective("Grow", START.minusDays(1), null), EditGuard.UNREAD))
                .hasMessageContaining("outside");
    }

    @Test
    void deletingRemovesTheObjectiveExceptFromAClosedPlan() {
        Objective gone = objectives.save(objective("Grow", START.plusMonths(6), null), EditGuard.UNREAD);
        Objective kept = objectives.save(objective("Keep", START.plusMonths(6), null), EditGuard.UNREAD);
        objectives.delete(plan.id(), gone.id(), EditGuard.UNREAD);
        assertThat(ws.plans.details(plan.id()).objectives()).containsExactly(kept);
        ws.plans.close(plan.id());
        assertThatThrownBy(() -> objectives.delete(plan.id(), kept.id(), EditGuard.UNREAD))
                .hasMessageContaining("closed");
        assertThat(ws.plans.details(plan.id()).objectives()).containsExactly(kept);
    }
}
