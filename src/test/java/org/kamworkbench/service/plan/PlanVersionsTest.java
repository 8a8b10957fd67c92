package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.edit.StaleEditException;

/**
 * Two people on one workspace, each with their own services: the second save based on what both read is
 * refused with the first person's name and time (in the reader's language), and the first person's change
 * is what stays. Authors of actions and meetings come from "who I am".
 */
class PlanVersionsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private PlanService anna;
    private PlanService maria;
    private AccountPlan plan;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        Account acme = ws.account("A1", "Acme", "EUR");
        anna = ws.plansAs("Anna Keller", Clock.fixed(Instant.parse("2026-03-15T09:10:00Z"), ROME));
        maria = ws.plansAs("Maria Rossi", Clock.fixed(Instant.parse("2026-03-15T13:32:00Z"), ROME));
        plan = anna.createPlan(acme.id(), LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long version(PlanService as, VersionKey key) {
        return as.versions(as.details(plan.id())).of(key);
    }

    @Test
    void theSecondSaveOfAnObjectiveBothReadIsRefusedWithWhoAndWhenAndTheFirstStays() {
        Objective o = anna.saveObjective(new Objective(0, plan.id(), "Win the tender", LocalDate.of(2027, 1, 31),
                null, null, null, ObjectiveStatus.OPEN));
        long read = version(anna, VersionKey.objective(o.id()));
        assertThat(version(maria, VersionKey.objective(o.id()))).isEqualTo(read);

        maria.saveObjective(new Objective(o.id(), plan.id(), "Win the big tender", o.due(), null, null, null,
                ObjectiveStatus.OPEN), read);
        Objective annas = new Objective(o.id(), plan.id(), "Win the 2027 tender", o.due(), null, null, null,
                ObjectiveStatus.OPEN);
        assertThatThrownBy(() -> anna.saveObjective(annas, read))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.message(Locale.ITALY)).isEqualTo("Modificato da Maria Rossi alle 14:32 — ricarica "
                            + "per vederlo.");
                    assertThat(e.current().author()).isEqualTo("Maria Rossi");
                });
        assertThat(ws.plans.details(plan.id()).objectives()).singleElement()
                .satisfies(x -> assertThat(x.title()).isEqualTo("Win the big tender"));

        // after reloading, Anna's save is based on Maria's version and goes through
        anna.saveObjective(annas, version(anna, VersionKey.objective(o.id())));
        assertThat(ws.plans.details(plan.id()).objectives().get(0).title()).isEqualTo("Win the 2027 tender");
        assertThat(version(anna, VersionKey.objective(o.id()))).isEqualTo(read + 2);
    }

    @Test
    void thePlanItselfAndAnActionAreCheckedTheSameWay() {
        long planRead = version(anna, VersionKey.plan(plan.id()));
        maria.updatePlan(withChallenges(plan, "Price pressure"), planRead);
        assertThatThrownBy(() -> anna.updatePlan(withChallenges(plan, "New buyer"), planRead))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("Changed by Maria Rossi at 14:32 — reload to see it.");
        assertThat(ws.plans.details(plan.id()).plan().challenges()).isEqualTo("Price pressure");

        PlanAction a = anna.saveAction(new PlanAction(0, plan.id(), "Call the buyer", null, null, null,
                LocalDate.of(2026, 4, 10), ActionStatus.PLANNED, null, null));
        assertThat(a.author()).isEqualTo("Anna Keller");
        long actionRead = version(maria, VersionKey.action(a.id()));
        anna.setActionStatus(a, ActionStatus.DONE, actionRead);
        assertThatThrownBy(() -> maria.setActionStatus(a, ActionStatus.IN_PROGRESS, actionRead))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("Changed by Anna Keller at 10:10 — reload to see it.");
        PlanAction stored = ws.plans.details(plan.id()).actions().get(0);
        assertThat(stored.status()).isEqualTo(ActionStatus.DONE);
        assertThat(stored.author()).isEqualTo("Anna Keller"); // the author stays who recorded it
    }

    @Test
    void aSaveOfAnObjectiveDeletedMeanwhileSaysWhoDeletedIt() {
        Objective o = anna.saveObjective(new Objective(0, plan.id(), "Win the tender", LocalDate.of(2027, 1, 31),
                null, new BigDecimal("2"), null, ObjectiveStatus.OPEN));
        long read = version(anna, VersionKey.objective(o.id()));
        maria.deleteObjective(plan.id(), o.id(), read);
        assertThatThrownBy(() -> anna.saveObjective(o.withStatus(ObjectiveStatus.ACHIEVED), read))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("Deleted by Maria Rossi at 14:32 — reload to see it.");
        assertThat(ws.plans.details(plan.id()).objectives()).isEmpty();
    }

    @Test
    void aChangeOnAnotherDayNamesTheDayToo() {
        PlanService later = ws.plansAs("Anna Keller", Clock.fixed(Instant.parse("2026-03-16T08:00:00Z"), ROME));
        long read = version(maria, VersionKey.plan(plan.id()));
        maria.updatePlan(withChallenges(plan, "Price pressure"), read);
        assertThatThrownBy(() -> later.updatePlan(withChallenges(plan, "New buyer"), read))
                .hasMessage("Changed by Maria Rossi on 2026-03-15 at 14:32 — reload to see it.");
    }

    @Test
    void ratingsAndDesignationsWrittenAsDeleteAndInsertAreCheckedPerAccountAndCriterion() {
        Account acme = ws.accounts.findAll().get(0);
        long read = ws.keyAccounts.designations().version(acme.id());
        ws.keyAccounts.designations().designate(acme.id(), DesignationStatus.KEY, "Biggest client", "Maria Rossi",
                read);
        assertThatThrownBy(() -> ws.keyAccounts.designations().designate(acme.id(), DesignationStatus.DEVELOPMENT,
                "Growing",
                "Anna Keller", read))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("Changed by Maria Rossi at ");
        assertThat(ws.keyAccounts.designations().history()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DesignationStatus.KEY));
        assertThat(ws.keyAccounts.designations().version(acme.id())).isEqualTo(read + 1);
    }

    private static AccountPlan withChallenges(AccountPlan p, String challenges) {
        return new AccountPlan(p.id(), p.accountId(), p.templateName(), p.start(), p.end(), p.status(), challenges,
                p.economicIssues(), p.strengths(), p.weaknesses(), p.opportunities(), p.threats(),
                p.recommendations());
    }
}
