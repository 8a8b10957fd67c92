package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.PlanStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Through the real app: while an objective is being edited, another person saves a change to it; saving
 * then shows who changed it and when, the typed title stays in the field, and F5 shows the other change.
 */
@ExtendWith(ApplicationExtension.class)
class PlanVersionsFxTest {
    @TempDir
    static Path homes;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        Path home = homes.resolve("versions" + System.nanoTime());
        seed(new WorkspaceWiring(home).defaultWorkspace().file().orElseThrow());
        app.start(stage, home);
    }

    /** One account with revenue and a plan with one objective. */
    private static void seed(Path workspace) {
        try (Workspace ws = Workspace.open(workspace, null)) {
            AccountStore accounts = new AccountStore(ws.jdbi());
            accounts.saveAll(List.of(new Account(0, "A1", "Alpha GmbH", "Ann", "DE", "EMEA", null, null, null, "EUR",
                    new BigDecimal("1000000"), 120L, null, null)), List.of());
            long id = accounts.findAll().get(0).id();
            new RevenueStore(ws.jdbi()).write(List.of(new RevenueCell(id, "EUR", 2025, 1, 1_000_0000L, 1)),
                    Set.of(202501), RevenueMode.ADD);
            new PlanStore(ws.jdbi()).insertPlan(AccountPlan.empty(id, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 12, 31)), List.of(new Objective(1, 0, "Raise NPS to 45",
                    LocalDate.of(2025, 6, 30), null, null, null, ObjectiveStatus.OPEN)), List.of());
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedKeepsTheTypedTitleAndF5ShowsTheirChange(FxRobot robot)
            throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> app.model().workspaceProperty().get() != null));
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#accountList").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size()).orElse(0)) == 1);
        robot.clickOn("Alpha GmbH  ·  A1");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#objectivesTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size()).orElse(0)) == 1);
        TableView<?> objectives = robot.lookup("#objectivesTable").queryAs(TableView.class);
        robot.interact(() -> objectives.getSelectionModel().select(0));
        fire(robot, "#editObjectiveButton");
        TextField title = robot.lookup("#objectiveTitle").queryAs(TextField.class);
        DesktopFixture.waitFor(() -> "Raise NPS to 45".equals(DesktopFixture.onFx(title::getText)));
        robot.interact(() -> title.setText("Raise NPS to 50"));

        // meanwhile Maria Rossi saves a change to the same objective (the same workspace, her own name)
        WorkspaceServices services = app.model().workspaceProperty().get();
        PlanService plans = services.plans();
        String me = services.editor().name();
        Objective stored = plans.details(plans.plansOf(plans.accounts().get(0).id()).get(0).id()).objectives().get(0);
        long version = plans.versions(plans.details(stored.planId())).of(VersionKey.objective(stored.id()));
        services.editor().set("Maria Rossi");
        plans.saveObjective(new Objective(stored.id(), stored.planId(), "Raise NPS to 48", stored.due(), null, null,
                null, ObjectiveStatus.OPEN), version);
        services.editor().set(me);

        fire(robot, "#addObjectiveButton");
        Label error = robot.lookup(".plan-error-bar").queryAs(Label.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> error.getText().startsWith("Changed by Maria Rossi at ")));
        String refusal = DesktopFixture.onFx(error::getText);
        String typed = DesktopFixture.onFx(title::getText);
        assertThat(refusal).endsWith(" — reload to see it.");
        assertThat(typed).isEqualTo("Raise NPS to 50");
        assertThat(firstTitle(objectives)).isEqualTo("Raise NPS to 45"); // nothing saved, nothing reloaded yet
        snapshot(robot, "refused");

        robot.push(KeyCode.F5);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#objectivesTable").tryQuery()
                .map(n -> (TableView<?>) n).filter(t -> t.getItems().size() == 1)
                .map(t -> ((ObjectivesEditor.ObjectiveRow) t.getItems().get(0)).objective().title())
                .orElse("")).equals("Raise NPS to 48"));
        snapshot(robot, "after-f5");
    }

    private static String firstTitle(TableView<?> table) {
        String first = DesktopFixture.onFx(() -> ((ObjectivesEditor.ObjectiveRow) table.getItems().get(0)).objective()
                .title());
        return first;
    }

    private static void fire(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> ((javafx.scene.control.ButtonBase) node).fire());
    }

    private static void snapshot(FxRobot robot, String name) {
        try {
            javafx.scene.image.WritableImage image = DesktopFixture.onFx(() -> robot.listTargetWindows().get(0)
                    .getScene().getRoot().snapshot(null, null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of("target", "versions-" + name + ".png")
                    .toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
