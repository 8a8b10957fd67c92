package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.ServerAddress;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.ServerWorkspace;
import org.kamworkbench.store.TeamServer;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Connect to team workspace… against a real PostgreSQL server (embedded): a wrong password is said in
 * the dialog, the right one opens the team workspace on its Start screen, and F5 shows what someone else
 * saved meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWorkspaceFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, home.resolve("t" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField node = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(node);
        robot.interact(node::clear);
        robot.write(text);
    }

    @Test
    void connectsWithTheKeyboardAndShowsTheTeamWorkspacesStartScreen(FxRobot robot) throws Exception {
        ServerAddress team = TeamServer.newDatabase();
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O);
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, ".connect-dialog"));
        type(robot, "#host", "localhost");
        type(robot, "#port", Integer.toString(team.port()));
        type(robot, "#database", team.database());
        type(robot, "#user", team.user());
        type(robot, "#password", "not-it");
        robot.type(KeyCode.ENTER);
        Label problem = robot.lookup(".connect-dialog #problem").queryAs(Label.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(problem::getText).contains("refused the password"));
        assertThat(problem.getText()).doesNotContain("not-it");
        assertThat(stage.getTitle()).isEqualTo("KAM Workbench — default"); // still on the workspace it had

        type(robot, "#password", TeamServer.PASSWORD);
        robot.type(KeyCode.ENTER);
        DesktopFixture.waitFor(() -> !DesktopFixture.visible(robot, ".connect-dialog"));
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(stage::getTitle).contains("team workspace"));
        assertThat(stage.getTitle()).isEqualTo("KAM Workbench — team workspace " + team.database() + " on localhost");
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#workspaceTitle"));
        assertThat(robot.lookup("#workspaceTitle").queryAs(Label.class).getText())
                .isEqualTo("Team workspace “" + team.database() + "” on the server localhost, as " + team.user());
        assertThat(app.preferences().recentWorkspaces()).first().hasToString(team.toString())
                .asString().doesNotContain(TeamServer.PASSWORD);

        try (ServerWorkspace colleague = ServerWorkspace.open(team, TeamServer.PASSWORD.toCharArray())) {
            new AccountStore(colleague.jdbi()).saveAll(List.of(new Account(0, "M1", "Saved by Maria", null, null, null,
                    null, null, null, "EUR", null, null, null, null)), List.of());
        }
        Label accounts = robot.lookup("#accountsLabel").queryAs(Label.class);
        assertThat(accounts.getText()).isEqualTo("No accounts");
        robot.push(KeyCode.F5);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(accounts::getText).equals("1 account"));
    }
}
