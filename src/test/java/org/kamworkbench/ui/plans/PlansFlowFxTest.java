package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.DesignationStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * End to end through the real app: on the "Account plans" screen create a plan, add an objective
 * and an action, define a KPI and enter its values; the timeline shows them with status markers
 * and milestones, and the KPI portfolio view and "My actions" follow.
 */
@ExtendWith(ApplicationExtension.class)
class PlansFlowFxTest {
    @TempDir
    static Path homes;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        Path home = homes.resolve("plans" + System.nanoTime());
        seed(new WorkspaceWiring(home).defaultWorkspace().file().orElseThrow());
        app.start(stage, home);
    }

    /**
     * One account with revenue, so that the account picker has something to offer, designated key
     * (Key accounts screen), so that the KPI portfolio lists it.
     */
    private static void seed(Path workspace) {
        try (Workspace ws = Workspace.open(workspace, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            accounts.saveAll(List.of(new Account(0, "A1", "Alpha GmbH", "Ann", "DE", "EMEA", null, null, null, "EUR",
                    new BigDecimal("1000000"), 120L, null, null)), List.of());
            long id = accounts.findAll().get(0).id();
            new RevenueStore(ws.jdbi()).write(List.of(new RevenueCell(id, "EUR", 2025, 1, 1_000_0000L, 1)),
                    Set.of(202501), RevenueMode.ADD);
            new DesignationStore(ws.jdbi()).add(new Designation(id, DesignationStatus.KEY, "Strategic partner",
                    LocalDate.of(2025, 1, 2), "Ann"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void planObjectiveActionAndKpiValuesShowOnTheTimelineAndInThePortfolioView(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> app.model().workspaceProperty().get() != null));
        // before any plan, the KPI portfolio shows the designated key account as having no active plan
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        DesktopFixture.waitFor(() -> rows(robot, "#kpiPortfolioTable") == 1);
        assertThat(firstRow(robot).source().gap()).isTrue();
        assertThat(count(robot, "#kpiPortfolioTable .status-off-track")).isEqualTo(1);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#accountList").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size()).orElse(0)) == 1);
        robot.clickOn("Alpha GmbH  ·  A1");

        // a new plan for 2025–2026, made active
        DesktopFixture.waitFor(() -> robot.lookup("#createPlanButton").tryQuery().isPresent());
        DatePicker newStart = robot.lookup("#newStart").queryAs(DatePicker.class);
        DatePicker newEnd = robot.lookup("#newEnd").queryAs(DatePicker.class);
        robot.interact(() -> {
            newStart.setValue(LocalDate.of(2025, 1, 1));
            newEnd.setValue(LocalDate.of(2026, 12, 31));
        });
        fire(robot, "#createPlanButton");
        DesktopFixture.waitFor(() -> "Draft".equals(text(robot, "#planStatus")));
        fire(robot, "#activateButton");
        DesktopFixture.waitFor(() -> "Active".equals(text(robot, "#planStatus")));
        javafx.scene.control.TitledPane newPlan = robot.lookup("#newPlanPane").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(DesktopFixture.onFx(newPlan::isExpanded)).as("'Start a new plan' folds away").isFalse();

        // an objective: its horizon follows from the due date
        type(robot, "#objectiveTitle", "Raise NPS to 45");
        fire(robot, "#addObjectiveButton"); // no due date yet: the error line below the plan says so
        javafx.scene.control.Label error = robot.lookup(".plan-error-bar").queryAs(javafx.scene.control.Label.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> error.isVisible() && !error.getText().isBlank()));
        snapshot(robot, "objective-error");
        DatePicker objectiveDue = robot.lookup("#objectiveDue").queryAs(DatePicker.class);
        robot.interact(() -> objectiveDue.setValue(LocalDate.of(2025, 6, 30)));
        fire(robot, "#addObjectiveButton");
        TableView<?> objectives = robot.lookup("#objectivesTable").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> objectives.getItems().size()) == 1);
        ObjectivesEditor.ObjectiveRow objective = DesktopFixture.onFx(() ->
                (ObjectivesEditor.ObjectiveRow) objectives.getItems().get(0));
        assertThat(objective.horizon()).isEqualTo("Short term");

        // an action for that objective, owned by a colleague added on the fly, done on 2025-03-10
        type(robot, "#newColleague", "Ann Keller");
        fire(robot, "#newColleague");
        ComboBox<?> who = robot.lookup("#actionWho").queryAs(ComboBox.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> who.getValue() != null));
        type(robot, "#actionWhat", "Run the NPS survey");
        DatePicker actionDue = robot.lookup("#actionDue").queryAs(DatePicker.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> actionObjective = robot.lookup("#actionObjective").queryAs(ComboBox.class);
        robot.interact(() -> {
            actionDue.setValue(LocalDate.of(2025, 3, 31));
            actionObjective.setValue(actionObjective.getItems().get(0));
        });
        fire(robot, "#addActionButton");
        TableView<?> actions = robot.lookup("#actionsTable").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> actions.getItems().size()) == 1);
        ActionsEditor.ActionRow action = DesktopFixture.onFx(() -> (ActionsEditor.ActionRow) actions.getItems()
                .get(0));
        assertThat(action.who()).isEqualTo("Ann Keller");
        assertThat(action.objective()).isEqualTo("Raise NPS to 45");
        assertThat(action.overdue()).isTrue();
        snapshot(robot, "plan-tab");

        // the KPI tab: define NPS (quarterly, manual), enter two quarters
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        DesktopFixture.waitFor(() -> robot.lookup("#kpiName").tryQuery().isPresent());
        type(robot, "#kpiName", "NPS");
        type(robot, "#kpiBaseline", "35");
        fire(robot, "#addKpiButton");
        ComboBox<?> entryKpi = robot.lookup("#entryKpi").queryAs(ComboBox.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> entryKpi.getValue() != null));
        enterValue(robot, "2025-Q1", "40", "42");
        DesktopFixture.waitFor(() -> "2025-Q2".equals(DesktopFixture.onFx(() ->
                robot.lookup("#entryPeriod").queryAs(TextField.class).getText())));
        enterValue(robot, "2025-Q2", "40", "30");
        await(robot, () -> count(robot, ".kpi-timeline .status-off-track") == 1);
        assertThat(count(robot, ".kpi-timeline .status-on-track")).isEqualTo(1);
        assertThat(count(robot, ".kpi-timeline .target-marker")).isEqualTo(2);
        assertThat(count(robot, ".kpi-timeline .baseline-marker")).as("the baseline across the chart").isEqualTo(2);
        assertThat(count(robot, ".kpi-timeline .milestone-objective")).isEqualTo(2); // line and label
        snapshot(robot, "kpi-timeline");

        // the Meetings tab: log an interaction, then correct it in place
        robot.interact(() -> tabs.getSelectionModel().select(2));
        DesktopFixture.waitFor(() -> robot.lookup("#topicsArea").tryQuery().isPresent());
        DatePicker meetingDate = robot.lookup("#datePicker").queryAs(DatePicker.class);
        javafx.scene.control.TextArea topics = robot.lookup("#topicsArea").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> {
            meetingDate.setValue(LocalDate.of(2025, 2, 10));
            topics.setText("Quarterly review");
        });
        fire(robot, "#saveInteractionButton");
        TableView<?> meetings = robot.lookup("#interactionsTable").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> meetings.getItems().size()) == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        fire(robot, "#editInteractionButton");
        DesktopFixture.waitFor(() -> "Quarterly review".equals(DesktopFixture.onFx(topics::getText)));
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#saveInteractionButton")
                .queryAs(javafx.scene.control.Button.class).getText())).isEqualTo("Save changes");
        robot.interact(() -> topics.setText("Quarterly review and pricing"));
        fire(robot, "#saveInteractionButton");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> ((InteractionsViewModel.InteractionRow) meetings
                .getItems().get(0)).interaction().topics()).equals("Quarterly review and pricing"));
        assertThat(DesktopFixture.onFx(() -> meetings.getItems().size())).as("changed, not added").isEqualTo(1);
        snapshot(robot, "meetings");

        // the KPI portfolio view lists the key account's KPI, off track; then follows a new value
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        DesktopFixture.waitFor(() -> rows(robot, "#kpiPortfolioTable") == 1);
        assertThat(statusOfFirstRow(robot)).isEqualTo("OFF_TRACK");
        assertThat(firstRow(robot).source().designatedKey()).isTrue();
        assertThat(firstRow(robot).source().gap()).isFalse();
        snapshot(robot, "kpi-portfolio");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        DesktopFixture.waitFor(() -> robot.lookup("#saveEntryButton").tryQuery().isPresent());
        enterValue(robot, "2025-Q3", "40", "37");
        DesktopFixture.waitFor(() -> count(robot, ".kpi-timeline .status-at-risk") == 1);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT7);
        DesktopFixture.waitFor(() -> "AT_RISK".equals(statusOfFirstRow(robot)));

        // "My actions" shows the overdue action under its owner
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        DesktopFixture.waitFor(() -> rows(robot, "#myActionsTable") == 1);
        snapshot(robot, "my-actions");
    }

    private static void enterValue(FxRobot robot, String period, String target, String actual) {
        TextField p = robot.lookup("#entryPeriod").queryAs(TextField.class);
        TextField t = robot.lookup("#entryTarget").queryAs(TextField.class);
        TextField a = robot.lookup("#entryActual").queryAs(TextField.class);
        robot.interact(() -> {
            p.setText(period);
            t.setText(target);
            a.setText(actual);
        });
        fire(robot, "#saveEntryButton");
    }

    /** Waits; on a timeout writes what the window shows to target/plans-timeout.png and says what failed. */
    private static void await(FxRobot robot, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            DesktopFixture.waitFor(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            snapshot(robot, "timeout");
            throw new AssertionError("Timed out; the error line reads: " + DesktopFixture.onFx(() -> robot
                    .lookup(".error-text").queryAll().stream().map(n -> ((Label) n).getText())
                    .filter(t -> t != null && !t.isEmpty()).toList()) + "; markers: " + DesktopFixture.onFx(() -> robot
                    .lookup(".chart-line-symbol").queryAll().stream().map(n -> n.getStyleClass().toString()).toList()),
                    e);
        }
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    /** Presses a button (or Enter in a text field) that may lie below the visible part of a scrolled tab. */
    private static void fire(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            if (node instanceof javafx.scene.control.ButtonBase b) {
                b.fire();
            } else {
                ((TextField) node).fireEvent(new javafx.event.ActionEvent());
            }
        });
    }

    private static String statusOfFirstRow(FxRobot robot) {
        return DesktopFixture.onFx(() -> robot.lookup("#kpiPortfolioTable").tryQuery().map(n -> (TableView<?>) n)
                .filter(t -> !t.getItems().isEmpty())
                .map(t -> ((KpiPortfolioViewModel.Row) t.getItems().get(0)).status())
                .map(Enum::name).orElse(""));
    }

    private static KpiPortfolioViewModel.Row firstRow(FxRobot robot) {
        return DesktopFixture.onFx(() -> (KpiPortfolioViewModel.Row) robot.lookup("#kpiPortfolioTable")
                .queryAs(TableView.class).getItems().get(0));
    }

    private static int rows(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size()).orElse(-1));
    }

    private static int count(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).queryAll().size());
    }

    private static String text(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    /** Writes what the window shows to target/ (for a human look at the screens). */
    private static void snapshot(FxRobot robot, String name) {
        try {
            javafx.scene.image.WritableImage image = DesktopFixture.onFx(() -> robot.listTargetWindows().get(0)
                    .getScene().getRoot().snapshot(null, null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of("target", "plans-" + name + ".png")
                    .toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
