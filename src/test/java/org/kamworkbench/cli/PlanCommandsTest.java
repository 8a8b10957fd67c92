package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.service.workspace.WorkspaceServices;

/** plan show, kpi import and actions list, in-process on a real workspace with a fixed clock. */
class PlanCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private WorkspaceWiring wiring() {
        return new WorkspaceWiring(home, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private Path seeded() {
        Path workspace = dir.resolve("client");
        StatusCommandTest.seed(workspace);
        try (WorkspaceServices ws = wiring().open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            Account a1 = ws.plans().accountByExternalId("A1").orElseThrow();
            Colleague ann = ws.plans().addColleague("Ann Keller");
            AccountPlan plan = ws.plans().createPlan(a1.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
            ws.plans().activate(plan.id());
            KpiDefinition nps = ws.kpis().saveKpi(new KpiDefinition(0, a1.id(), "NPS", "points",
                    KpiDirection.HIGHER_IS_BETTER, KpiFrequency.YEARLY, new BigDecimal("30"), KpiSource.MANUAL));
            ws.kpis().setEntry(nps.id(), KpiPeriod.year(2024), new BigDecimal("40"), new BigDecimal("37.125"), "q");
            Objective objective = ws.plans().saveObjective(new Objective(0, plan.id(), "Raise NPS",
                    LocalDate.of(2024, 12, 31), nps.id(), new BigDecimal("40"), ann.id(), ObjectiveStatus.OPEN));
            ws.plans().saveAction(new PlanAction(0, plan.id(), "Survey users", ann.id(), null, "Online",
                    LocalDate.of(2024, 6, 1), ActionStatus.IN_PROGRESS, objective.id(), null));
            ws.plans().saveAction(new PlanAction(0, plan.id(), "Workshop", null, null, null,
                    LocalDate.of(2024, 9, 1), ActionStatus.PLANNED, null, null));
        }
        return workspace;
    }

    @Test
    void planShowJsonHasObjectivesActionsAndKpisWithExactNumbers() throws Exception {
        Path workspace = seeded();
        CliRun run = CliRun.run(wiring(), "plan", "show", "A1", "--json", "--workspace", workspace.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("account").asText()).isEqualTo("A1");
        assertThat(plan.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.get("start").asText()).isEqualTo("2024-01-01");
        JsonNode objective = plan.get("objectives").get(0);
        assertThat(objective.get("horizon").asText()).isEqualTo("MEDIUM");
        assertThat(objective.get("kpi").asText()).isEqualTo("NPS");
        assertThat(objective.get("owner").asText()).isEqualTo("Ann Keller");
        JsonNode survey = plan.get("actions").get(0);
        assertThat(survey.get("what").asText()).isEqualTo("Survey users");
        assertThat(survey.get("whoKind").asText()).isEqualTo("colleague");
        assertThat(survey.get("overdue").asBoolean()).isTrue();
        assertThat(survey.get("objective").asText()).isEqualTo("Raise NPS");
        JsonNode period = plan.get("kpis").get(0).get("periods").get(0);
        assertThat(period.get("period").asText()).isEqualTo("2024");
        assertThat(period.get("actual").isNumber()).isTrue();
        assertThat(run.out()).contains("\"actual\" : 37.125").contains("\"target\" : 40");
        assertThat(period.get("status").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void planShowOfAnUnknownAccountOrOneWithoutPlanIsBadInput() {
        Path workspace = seeded();
        CliRun unknown = CliRun.run(wiring(), "plan", "show", "ZZ", "--workspace", workspace.toString());
        assertThat(unknown.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(unknown.errLines()).containsExactly("No account with external id 'ZZ'.");
        CliRun none = CliRun.run(wiring(), "plan", "show", "B2", "--workspace", workspace.toString());
        assertThat(none.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(none.errLines()).containsExactly("Account B2 has no plan yet.");
        CliRun text = CliRun.run(wiring(), "plan", "show", "A1", "--workspace", workspace.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("A1 — Alpha GmbH").contains("Survey users").contains("KPI NPS (points)");
    }

    @Test
    void actionsListFiltersByOwnerAndOverdue() throws Exception {
        Path workspace = seeded();
        CliRun all = CliRun.run(wiring(), "actions", "list", "--json", "--workspace", workspace.toString());
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(JSON.readTree(all.out())).hasSize(2);
        CliRun overdue = CliRun.run(wiring(), "actions", "list", "--overdue", "--json", "--workspace",
                workspace.toString());
        JsonNode list = JSON.readTree(overdue.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("what").asText()).isEqualTo("Survey users");
        assertThat(list.get(0).get("account").asText()).isEqualTo("A1");
        CliRun owner = CliRun.run(wiring(), "actions", "list", "--owner", "ann keller", "--json", "--workspace",
                workspace.toString());
        assertThat(JSON.readTree(owner.out())).hasSize(1);
        CliRun nobody = CliRun.run(wiring(), "actions", "list", "--owner", "Zed", "--workspace", workspace.toString());
        assertThat(nobody.out()).contains("No actions of Zed.");
    }

    @Test
    void kpiImportIsAllOrNothingAndCreatesKpisWhenAsked() throws Exception {
        Path workspace = seeded();
        Path file = dir.resolve("kpis.csv");
        Files.writeString(file, "account,kpi,period,value,target,comment\nA1,NPS,2025,41,45,better\n"
                + "A1,Churn,2024-Q4,2.5,,\n");
        CliRun refused = CliRun.run(wiring(), "kpi", "import", file.toString(), "--workspace", workspace.toString());
        assertThat(refused.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(refused.errLines()).containsExactly(
                "Line 3, column 'kpi': 'Churn' is not a KPI of account A1 (define it first, or import with --create)",
                "1 problem; nothing was imported.");

        CliRun created = CliRun.run(wiring(), "kpi", "import", file.toString(), "--create", "--json", "--workspace",
                workspace.toString());
        assertThat(created.exitCode()).as(created.toString()).isZero();
        JsonNode report = JSON.readTree(created.out());
        assertThat(report.get("kpisCreated").asLong()).isEqualTo(1);
        assertThat(report.get("added").asLong()).isEqualTo(2);
        try (WorkspaceServices ws = wiring().open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            long a1 = ws.plans().accountByExternalId("A1").orElseThrow().id();
            assertThat(ws.kpis().kpisOf(a1)).extracting(KpiDefinition::name).containsExactly("Churn", "NPS");
            KpiDefinition churn = ws.kpis().kpisOf(a1).get(0);
            assertThat(churn.frequency()).isEqualTo(KpiFrequency.QUARTERLY);
        }
        CliRun missing = CliRun.run(wiring(), "kpi", "import", dir.resolve("nope.csv").toString(), "--workspace",
                workspace.toString());
        assertThat(missing.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(missing.errLines()).singleElement().asString().startsWith("File not found");
        assertThat(List.of(refused, created, missing)).noneMatch(r -> r.err().contains("Exception"));
    }
}
