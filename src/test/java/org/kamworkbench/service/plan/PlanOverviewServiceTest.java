package org.kamworkbench.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.service.plan.PlanOverviewRow.OverviewStatus;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.store.TestDatabase;

/** The plans overview on hand-built plans; today is {@link PlanWorkspace#TODAY} (2026-03-15). */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class PlanOverviewServiceTest {
    @Parameter
    TestDatabase.Kind kind;
    private PlanWorkspace ws;

    @BeforeEach
    void open(@TempDir Path dir) {
        ws = new PlanWorkspace(dir, kind);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void listsKeyAccountsAndAccountsWithAPlanWithTheGapsFirst() {
        Account alpha = ws.account("A1", "Alpha", "EUR");   // key, active plan
        Account bravo = ws.account("B1", "Bravo", "EUR");   // key, no plan: a gap
        Account charlie = ws.account("C1", "Charlie", "EUR"); // key, only a draft: a gap
        Account delta = ws.account("D1", "Delta", "EUR");   // not key, a closed plan
        ws.account("E1", "Echo", "EUR");                    // not key, no plan: not listed
        for (Account a : List.of(alpha, bravo, charlie)) {
            ws.designate(a, DesignationStatus.KEY);
        }
        AccountPlan active = ws.plans.createPlan(alpha.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        ws.plans.activate(active.id());
        ws.plans.createPlan(charlie.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        AccountPlan old = ws.plans.createPlan(delta.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        ws.plans.activate(old.id());
        ws.plans.close(old.id());

        List<PlanOverviewRow> rows = ws.overview.rows();

        assertThat(rows).extracting(PlanOverviewRow::accountName)
                .containsExactly("Bravo", "Charlie", "Delta", "Alpha");
        assertThat(rows).extracting(PlanOverviewRow::status).containsExactly(OverviewStatus.NONE,
                OverviewStatus.DRAFT, OverviewStatus.CLOSED, OverviewStatus.ACTIVE);
        assertThat(rows).extracting(PlanOverviewRow::gap).containsExactly(true, true, false, false);
        assertThat(rows).extracting(PlanOverviewRow::designated).containsExactly(true, true, false, true);
        PlanOverviewRow bravoRow = rows.get(0);
        assertThat(bravoRow.planId()).isNull();
        assertThat(bravoRow.from()).isNull();
        assertThat(bravoRow.nextReview()).isNull();
        assertThat(rows.get(2).nextReview()).as("a closed plan has no next review").isNull();
        assertThat(rows.get(2).from()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void countsProgressOverdueActionsLeadKpiStatusAndNextReview() {
        Account alpha = ws.account("A1", "Alpha", "EUR");
        ws.designate(alpha, DesignationStatus.KEY);
        Colleague anna = ws.colleague("Anna Berg");
        ws.teams.assignLead(alpha.id(), anna.id(), "Key account manager", LocalDate.of(2026, 1, 2));
        AccountPlan plan = ws.plans.createPlan(alpha.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        ws.plans.activate(plan.id());
        objective(plan, "Listed in 3 regions", ObjectiveStatus.ACHIEVED);
        objective(plan, "Second plant", ObjectiveStatus.OPEN);
        objective(plan, "Joint innovation day", ObjectiveStatus.MISSED);
        objective(plan, "Old idea", ObjectiveStatus.DROPPED);
        // due before 2026-03-15 and not done: overdue; done late, or due later: not
        action(plan, "Call the buyer", LocalDate.of(2026, 3, 1), ActionStatus.PLANNED);
        action(plan, "Send the proposal", LocalDate.of(2026, 3, 14), ActionStatus.BLOCKED);
        action(plan, "Workshop", LocalDate.of(2026, 2, 1), ActionStatus.DONE);
        action(plan, "QBR", LocalDate.of(2026, 3, 15), ActionStatus.PLANNED);
        KpiDefinition nps = ws.kpis.saveKpi(new KpiDefinition(0, alpha.id(), "NPS", "", KpiDirection.HIGHER_IS_BETTER,
                KpiFrequency.MONTHLY, null, KpiSource.MANUAL));
        KpiDefinition otd = ws.kpis.saveKpi(new KpiDefinition(0, alpha.id(), "On-time delivery", "%",
                KpiDirection.HIGHER_IS_BETTER, KpiFrequency.MONTHLY, null, KpiSource.MANUAL));
        // NPS: off track in January, on track in February: its latest status counts
        ws.kpis.setEntry(nps.id(), KpiPeriod.month(2026, 1), new BigDecimal("40"), new BigDecimal("20"), null);
        ws.kpis.setEntry(nps.id(), KpiPeriod.month(2026, 2), new BigDecimal("40"), new BigDecimal("41"), null);
        // on-time delivery: 97 against 100 is within the default at-risk tolerance, not on target
        ws.kpis.setEntry(otd.id(), KpiPeriod.month(2026, 2), new BigDecimal("100"), new BigDecimal("97"), null);
        ws.plans.recordReview(plan.id(), LocalDate.of(2026, 2, 10), List.of(anna.id()), List.of(), "Kick-off");

        PlanOverviewRow row = ws.overview.rows().get(0);

        assertThat(row.lead()).isEqualTo("Anna Berg");
        assertThat(row.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(row.to()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(row.objectivesDone()).isEqualTo(1);
        assertThat(row.objectivesTotal()).as("dropped objectives do not count").isEqualTo(3);
        assertThat(row.overdueActions()).isEqualTo(2);
        assertThat(row.kpiStatus()).isEqualTo(KpiStatus.AT_RISK);
        assertThat(row.nextReview()).as("the last review plus a quarter").isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(row.gap()).isFalse();
    }

    @Test
    void aPlanNeverReviewedIsDueAQuarterAfterItsStartAndAnAccountWithoutKpisHasNoKpiStatus() {
        Account alpha = ws.account("A1", "Alpha", "EUR");
        AccountPlan plan = ws.plans.createPlan(alpha.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

        PlanOverviewRow row = ws.overview.rows().get(0);

        assertThat(row.designated()).isFalse();
        assertThat(row.status()).isEqualTo(OverviewStatus.DRAFT);
        assertThat(row.planId()).isEqualTo(plan.id());
        assertThat(row.nextReview()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(row.kpiStatus()).isNull();
        assertThat(row.lead()).isNull();
        assertThat(row.objectivesTotal()).isZero();
    }

    private void objective(AccountPlan plan, String title, ObjectiveStatus status) {
        ws.plans.saveObjective(new Objective(0, plan.id(), title, LocalDate.of(2026, 12, 31), null, null, null, status));
    }

    private void action(AccountPlan plan, String what, LocalDate due, ActionStatus status) {
        ws.plans.saveAction(new PlanAction(0, plan.id(), what, null, null, "", due, status, null,
                status == ActionStatus.DONE ? due : null));
    }
}
