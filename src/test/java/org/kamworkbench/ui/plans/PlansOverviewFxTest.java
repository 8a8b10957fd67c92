package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.service.plan.PlanOverviewRow;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.PlanStore;
import org.kamworkbench.store.Workspace;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Account plans screen opens on the plans overview: the key account without an active plan comes
 * first, the filter keeps only such gaps, and a double-click opens that account's plan.
 */
@ExtendWith(ApplicationExtension.class)
class PlansOverviewFxTest {
    @TempDir
    static Path homes;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        Path home = homes.resolve("overview" + System.nanoTime());
        seed(new WorkspaceWiring(home).defaultWorkspace().file().orElseThrow());
        app.start(stage, home);
    }

    /** Alpha: key, active plan. Bravo: key, no plan (the gap). Charlie: not key, a draft. Delta: neither. */
    private static void seed(Path workspace) {
        try (Workspace ws = Workspace.open(workspace, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            accounts.saveAll(List.of(account("A1", "Alpha GmbH"), account("B1", "Bravo SpA"),
                    account("C1", "Charlie Ltd"), account("D1", "Delta SA")), List.of());
            List<Account> all = accounts.findAll();
            DesignationStore designations = new DesignationStore(ws.jdbi());
            PlanStore plans = new PlanStore(ws.jdbi());
            for (Account a : all) {
                if (a.externalId().equals("A1") || a.externalId().equals("B1")) {
                    designations.add(new Designation(a.id(), DesignationStatus.KEY, "Strategic partner",
                            LocalDate.of(2025, 1, 2), "Ann"));
                }
                if (a.externalId().equals("A1")) {
                    AccountPlan plan = plans.insertPlan(AccountPlan.empty(a.id(), LocalDate.of(2025, 1, 1),
                            LocalDate.of(2027, 12, 31)), List.of(), List.of());
                    plans.activate(plan.id());
                }
                if (a.externalId().equals("C1")) {
                    plans.insertPlan(AccountPlan.empty(a.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
                            List.of(), List.of());
                }
            }
        }
    }

    private static Account account(String id, String name) {
        return new Account(0, id, name, "Ann", "DE", "EMEA", null, null, null, "EUR", new BigDecimal("1000000"),
                120L, null, null);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGapComesFirstTheFilterKeepsItAndADoubleClickOpensItsPlan(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> app.model().workspaceProperty().get() != null));
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#overviewTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size()).orElse(0) == 3));
        TableView<PlanOverviewRow> table = robot.lookup("#overviewTable").queryAs(TableView.class);
        List<String> names = DesktopFixture.onFx(() -> table.getItems().stream().map(PlanOverviewRow::accountName)
                .toList());
        assertThat(names).containsExactly("Bravo SpA", "Charlie Ltd", "Alpha GmbH");
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#overviewSummary").queryAs(Label.class).getText()))
                .isEqualTo("1 of 2 key accounts have no active plan.");
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#overviewTable .table-row-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("overdue")))
                .count())).as("the gap row is marked").isEqualTo(1L);

        robot.clickOn(robot.lookup("#gapsOnlyBox").queryAs(CheckBox.class));
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> table.getItems().size() == 1));
        assertThat(DesktopFixture.onFx(() -> table.getItems().get(0).externalId())).isEqualTo("B1");

        robot.doubleClickOn("Bravo SpA  ·  B1");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#accountPane").queryAs(VBox.class)
                .isVisible()));
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#accountTitle").queryAs(Label.class).getText()))
                .isEqualTo("Bravo SpA  ·  B1");
        DesktopFixture.waitFor(() -> robot.lookup("#createPlanButton").tryQuery().isPresent());

        robot.clickOn("#backButton");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#overviewPane").queryAs(VBox.class)
                .isVisible()));
    }
}
