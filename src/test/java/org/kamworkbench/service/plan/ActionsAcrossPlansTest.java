package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;

class ActionsAcrossPlansTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private PlanWorkspace ws;
    private ActionsAcrossPlans all;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        all = new ActionsAcrossPlans(ws.planStore(), ws.accounts, ws.lookup(), ws.clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private PlanAction action(AccountPlan plan, String what, LocalDate due, Long objectiveId) {
        return ws.plans.saveAction(new PlanAction(0, plan.id(), what, null, null, null, due, ActionStatus.PLANNED,
                objectiveId, null));
    }

    @Test
    void closedPlansAreLeftOutAndEachActionNamesItsObjectiveAndAccount() {
        Account beta = ws.account("B2", "Beta", "EUR");
        Account acme = ws.account("A1", "Acme", "EUR");
        AccountPlan old = ws.plans.createPlan(acme.id(), START.minusYears(1), START);
        action(old, "Old news", START.minusMonths(1), null);
        ws.plans.activate(old.id());
        ws.plans.close(old.id());
        AccountPlan forBeta = ws.plans.createPlan(beta.id(), START, START.plusYears(2));
        AccountPlan forAcme = ws.plans.createPlan(acme.id(), START, START.plusYears(2));
        Objective pilot = ws.plans.saveObjective(new Objective(0, forAcme.id(), "Pilot", START.plusMonths(6), null,
                null, null, ObjectiveStatus.OPEN));
        action(forBeta, "Beta call", START.plusMonths(1), null);
        action(forAcme, "Acme call", START.plusMonths(1), pilot.id());
        action(forAcme, "Acme visit", START.plusMonths(1), null);

        assertThat(all.list(null, false)).extracting(i -> i.action().what(), i -> i.account().externalId(),
                ActionItem::objective, ActionItem::overdue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme call", "A1", "Pilot", true),
                        org.assertj.core.groups.Tuple.tuple("Acme visit", "A1", null, true),
                        org.assertj.core.groups.Tuple.tuple("Beta call", "B2", null, true));
        assertThat(all.list("nobody", false)).isEmpty();
    }
}
