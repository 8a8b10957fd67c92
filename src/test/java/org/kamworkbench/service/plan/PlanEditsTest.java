package org.kamworkbench.service.plan;

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
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.message.UserInputException;

class PlanEditsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private PlanEdits edits;
    private Account acme;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        edits = new PlanEdits(ws.planStore(), ws.lookup(), ws.edits);
        acme = ws.account("A1", "Acme", "EUR");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aPlanNeedsAnExistingAccountBeforeItsDatesAreChecked() {
        assertThatThrownBy(() -> edits.create(99, null, null)).hasMessage("There is no account with id 99.");
        assertThatThrownBy(() -> edits.create(acme.id(), null, START)).isInstanceOf(UserInputException.class);
        assertThat(edits.create(acme.id(), START, START.plusYears(1)).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void anUpdateKeepsTheStoredAccountNameAndStatusAndCleansTheText() {
        AccountPlan plan = edits.create(acme.id(), START, START.plusYears(2));
        AccountPlan saved = edits.update(new AccountPlan(plan.id(), 4242L, "Not a template", START,
                START.plusYears(3), PlanStatus.ACTIVE, "  Price pressure ", null, List.of(" Trusted ", "", " "),
                List.of(), List.of(), List.of(), List.of("R1 ")), EditGuard.UNREAD);
        assertThat(saved.accountId()).isEqualTo(acme.id());
        assertThat(saved.templateName()).isNull();
        assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(saved.end()).isEqualTo(START.plusYears(3));
        assertThat(saved.challenges()).isEqualTo("Price pressure");
        assertThat(saved.economicIssues()).isEmpty();
        assertThat(saved.strengths()).containsExactly("Trusted");
        assertThat(saved.recommendations()).containsExactly("R1");
        assertThat(ws.plans.details(plan.id()).plan()).isEqualTo(saved);
    }

    @Test
    void activatingAndClosingMoveThePlansVersionOn() {
        AccountPlan plan = edits.create(acme.id(), START, START.plusYears(2));
        long before = ws.edits.read(VersionKey.plan(plan.id())).number();
        edits.activate(plan.id());
        long active = ws.edits.read(VersionKey.plan(plan.id())).number();
        edits.close(plan.id());
        assertThat(active).isGreaterThan(before);
        assertThat(ws.edits.read(VersionKey.plan(plan.id())).number()).isGreaterThan(active);
        assertThat(ws.plans.details(plan.id()).plan().status()).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(() -> edits.activate(plan.id())).hasMessageContaining("closed");
        assertThatThrownBy(() -> edits.close(plan.id())).hasMessageContaining("closed");
    }

    @Test
    void aTemplateCannotBeActivated() {
        AccountPlan plan = edits.create(acme.id(), START, START.plusYears(2));
        AccountPlan template = ws.plans.saveAsTemplate(plan.id(), "Growth");
        assertThatThrownBy(() -> edits.activate(template.id())).isInstanceOf(UserInputException.class)
                .hasMessage("A template cannot be activated: start a plan from it.");
    }

    @Test
    void deletingNeedsAnExistingPlanEvenAClosedOne() {
        assertThatThrownBy(() -> edits.delete(99)).hasMessage("No plan with id 99.");
        AccountPlan plan = edits.create(acme.id(), START, START.plusYears(2));
        edits.close(plan.id());
        edits.delete(plan.id());
        assertThat(ws.plans.plansOf(acme.id())).isEmpty();
    }
}
