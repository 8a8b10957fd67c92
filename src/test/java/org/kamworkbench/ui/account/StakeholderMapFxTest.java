package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Through the real app on a real workspace: open an account from the accounts table, add two
 * stakeholders in the form, drag one under the other on the chart, and see the chart and the
 * coverage warnings follow; a drag that would close a circle is refused with a sentence.
 */
@ExtendWith(ApplicationExtension.class)
class StakeholderMapFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("map" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void addAStakeholderDragItUnderAnotherAndTheChartAndWarningsFollow(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices ws = app.model().workspaceProperty().get();
        Path accounts = Files.writeString(home.resolve("acme" + System.nanoTime() + ".csv"),
                "id,name,country\nACME,Acme Holding,DE\n");
        ws.imports().importFile(accounts, ImportKind.ACCOUNTS, ImportOptions.defaults(), ProgressMonitor.NONE);
        long acme = ws.account360().pages().findByExternalId("ACME").orElseThrow().id();

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1));
        robot.doubleClickOn("Acme Holding");
        DesktopFixture.waitFor(() -> "Acme Holding".equals(text(robot, ".account-title")));

        TabPane tabs = robot.lookup(".account-page .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        DesktopFixture.waitFor(() -> warningCodes(robot).size() == 1);
        assertThat(warningTexts(robot)).containsExactly("No economic buyer identified: who signs off the budget?");

        addStakeholder(robot, "Eva Chief", BuyingRole.ECONOMIC_BUYER);
        try {
            DesktopFixture.waitFor(() -> cards(robot).size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("stored: " + ws.account360().stakeholders().list(acme) + " dialog: "
                    + robot.lookup(".dialog-pane").tryQuery().isPresent() + " errors: "
                    + DesktopFixture.onFx(() -> robot.lookup(".error-text").queryAll().stream()
                    .map(n -> ((Label) n).getText()).toList()), e);
        }
        DesktopFixture.waitFor(() -> warningCodes(robot).equals(List.of(CoverageWarning.Code.STALE_CONTACT,
                CoverageWarning.Code.SINGLE_THREADED)));
        addStakeholder(robot, "Bo Buyer", null);
        DesktopFixture.waitFor(() -> cards(robot).size() == 2);
        Node eva = card(robot, "Eva Chief");
        Node bo = card(robot, "Bo Buyer");
        assertThat(DesktopFixture.onFx(() -> bo.getLayoutY())).isEqualTo(DesktopFixture.onFx(() -> eva.getLayoutY()));

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.drag(card(robot, "Bo Buyer")).dropTo(card(robot, "Eva Chief"));
        DesktopFixture.waitFor(() -> reportsTo(ws, acme, "Bo Buyer") != null);
        assertThat(reportsTo(ws, acme, "Bo Buyer")).isEqualTo(idOf(ws, acme, "Eva Chief"));
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                card(robot, "Bo Buyer").getLayoutY() > card(robot, "Eva Chief").getLayoutY()));
        assertThat(texts(robot, ".account-page .text-success")).contains("Bo Buyer now reports to Eva Chief.");

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.drag(card(robot, "Eva Chief")).dropTo(card(robot, "Bo Buyer"));
        DesktopFixture.waitFor(() -> String.join("", texts(robot, ".account-page .error-text")).contains("circle"));
        assertThat(texts(robot, ".account-page .error-text")).contains(
                "Eva Chief cannot report to Bo Buyer, who already reports to Eva Chief: that would make a circle.");
        assertThat(reportsTo(ws, acme, "Eva Chief")).isNull();
    }

    private static void addStakeholder(FxRobot robot, String name, BuyingRole role) throws Exception {
        robot.clickOn("Add stakeholder");
        DesktopFixture.waitFor(() -> robot.lookup(".dialog-pane #nameField").tryQuery().isPresent());
        TextField field = robot.lookup(".dialog-pane #nameField").queryAs(TextField.class);
        robot.clickOn(field).write(name);
        if (role != null) {
            @SuppressWarnings("unchecked")
            ComboBox<BuyingRole> roles = robot.lookup(".dialog-pane #roleBox").queryAs(ComboBox.class);
            robot.interact(() -> roles.setValue(role));
        }
        Node save = DesktopFixture.onFx(() -> robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> ((javafx.scene.control.Button) b).isDefaultButton()).findFirst().orElseThrow());
        robot.clickOn(save);
        DesktopFixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static List<Node> cards(FxRobot robot) {
        return DesktopFixture.onFx(() -> List.copyOf(robot.lookup(".org-card").queryAll()));
    }

    private static Node card(FxRobot robot, String name) {
        return DesktopFixture.onFx(() -> robot.lookup(".org-card").queryAll().stream()
                .filter(c -> c.lookup(".org-name") instanceof Label l && l.getText().equals(name))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<CoverageWarning.Code> warningCodes(FxRobot robot) {
        return DesktopFixture.onFx(() -> ((ListView<CoverageWarning>) robot.lookup(".warning-list").query())
                .getItems().stream().map(CoverageWarning::code).toList());
    }

    private static List<String> warningTexts(FxRobot robot) {
        return DesktopFixture.onFx(() -> robot.lookup(".warning-list .list-cell").queryAll().stream()
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getGraphic())
                .filter(g -> g instanceof Label).map(g -> ((Label) g).getText()).toList());
    }

    private static Long reportsTo(WorkspaceServices ws, long account, String name) {
        return ws.account360().stakeholders().list(account).stream().filter(s -> s.name().equals(name))
                .findFirst().map(Stakeholder::reportsToId).orElse(null);
    }

    private static long idOf(WorkspaceServices ws, long account, String name) {
        return ws.account360().stakeholders().list(account).stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList());
    }

    private static String text(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}
