package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.plan.PlanOverviewRow;
import org.kamworkbench.service.plan.PlanOverviewRow.OverviewStatus;
import org.kamworkbench.service.workspace.WorkspaceServices;

/**
 * {@code demo load} fills a new workspace so that every screen's data source has something to show,
 * {@code plans list --json} then gives the overview rows, and a second load is refused (exit 2).
 */
class DemoCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path home;

    private WorkspaceWiring wiring() {
        return new WorkspaceWiring(home, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void theDemoFillsEveryScreenAndIsRefusedTheSecondTime() throws Exception {
        Path workspace = home.resolve("demo");
        CliRun load = CliRun.run(wiring(), "demo", "load", "--workspace", workspace.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("300 accounts");

        try (WorkspaceServices ws = wiring().open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            // Accounts, Portfolio
            assertThat(ws.accounts().list()).hasSize(300);
            // Key accounts: ratings for the criteria, a filled matrix, designations
            assertThat(ws.keyAccounts().criteriaSets().currentSet()).isPresent();
            assertThat(ws.keyAccounts().ratings().all()).isNotEmpty();
            Scoreboard board = ws.keyAccounts().scoring().score(ws.keyAccounts().scoring().load(null));
            assertThat(board.ranked()).as("accounts scored, not incomplete").hasSizeGreaterThan(200);
            assertThat(ws.keyAccounts().designations().designatedKeyAccounts()).hasSize(6);
            assertThat(ws.keyAccounts().designations().currentByAccount().values())
                    .anyMatch(d -> d.status() == DesignationStatus.DEVELOPMENT);
            // People, team matrix
            assertThat(ws.account360().people().list()).hasSize(4)
                    .allMatch(c -> c.function() != null);
            assertThat(ws.account360().people().list()).filteredOn(c -> !c.competencies().isEmpty()).hasSize(3);
            assertThat(ws.account360().teams().matrix().leads()).hasSize(6);
            // Account 360: stakeholders with a reporting line on several accounts
            long withOrgChart = ws.keyAccounts().designations().designatedKeyAccounts().stream()
                    .filter(id -> ws.account360().stakeholders().list(id).stream()
                            .anyMatch(s -> s.reportsToId() != null)).count();
            assertThat(withOrgChart).isGreaterThanOrEqualTo(3);
            // Plans overview: three active plans, one draft, two key accounts without a plan (the gaps first)
            List<PlanOverviewRow> rows = ws.planOverview().rows();
            assertThat(rows).filteredOn(r -> r.status() == OverviewStatus.ACTIVE).hasSize(3)
                    .allMatch(r -> r.objectivesTotal() == 3 && r.lead() != null && r.kpiStatus() != null);
            assertThat(rows).filteredOn(r -> r.status() == OverviewStatus.DRAFT).hasSize(1);
            assertThat(rows).filteredOn(PlanOverviewRow::gap).hasSize(3);
            assertThat(rows.get(0).gap()).isTrue();
            // My actions, KPI portfolio, meetings, KPI timeline with targets and actuals
            assertThat(ws.plans().actions(null, false)).hasSize(12);
            assertThat(ws.plans().actions(null, true)).as("overdue on " + TODAY).isNotEmpty();
            assertThat(ws.kpis().overview(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isNotEmpty();
            long planned = rows.stream().filter(r -> r.status() == OverviewStatus.ACTIVE).findFirst().orElseThrow()
                    .accountId();
            assertThat(ws.interactions().interactionsOf(planned)).hasSize(2);
            var revenue = ws.kpis().seriesOf(planned, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).get(0);
            assertThat(revenue.points().get(0).target()).isNotNull();
            assertThat(revenue.points().get(0).actual()).as("computed from the demo's invoices").isNotNull();
        }

        CliRun list = CliRun.run(wiring(), "plans", "list", "--json", "--workspace", workspace.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(list.out());
        assertThat(json.size()).isEqualTo(6);
        JsonNode first = json.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("accountId", "accountName", "designated",
                "status", "lead", "from", "to", "objectivesDone", "objectivesTotal", "overdueActions", "kpiStatus",
                "nextReview");
        assertThat(first.get("designated").asBoolean()).isTrue();
        assertThat(first.get("status").asText()).isIn("none", "draft", "closed");
        assertThat(json).anyMatch(r -> r.get("status").asText().equals("active")
                && r.get("from").asText().equals("2024-01-01") && r.get("objectivesTotal").asInt() == 3);

        CliRun again = CliRun.run(wiring(), "demo", "load", "--workspace", workspace.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds accounts");
    }
}
