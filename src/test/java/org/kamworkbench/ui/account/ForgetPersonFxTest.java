package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Stakeholder;
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
 * Through the real app on a real workspace: "Forget this person…" on the stakeholder map shows a
 * confirmation listing what will change; Cancel keeps the person, Forget removes them and the person
 * who reported to them now reports to nobody.
 */
@ExtendWith(ApplicationExtension.class)
class ForgetPersonFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("forget" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void theConfirmationListsWhatChangesCancelKeepsForgetRemoves(FxRobot robot) throws Exception {
        // a shared, loaded machine can take longer than the fixture's 30 s to open the first workspace
        org.testfx.util.WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.model().workspaceProperty().get() != null);
        WorkspaceServices ws = app.model().workspaceProperty().get();
        Path accounts = Files.writeString(home.resolve("acme" + System.nanoTime() + ".csv"),
                "id,name,country\nACME,Acme Holding,DE\n");
        ws.imports().importFile(accounts, ImportKind.ACCOUNTS, ImportOptions.defaults(), ProgressMonitor.NONE);
        long acme = ws.account360().pages().findByExternalId("ACME").orElseThrow().id();
        Stakeholder boss = ws.account360().stakeholders().save(new Stakeholder(0, acme, "Eva Chief", null, null,
                "eva@acme.de", null, null, null, null, null, null, null, null));
        ws.account360().stakeholders().save(new Stakeholder(0, acme, "Bo Buyer", null, null, null, boss.id(), null,
                null, null, null, null, null, "Ask Eva Chief first"));

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1));
        robot.doubleClickOn("Acme Holding");
        DesktopFixture.waitFor(() -> robot.lookup(".account-page .tab-pane").tryQuery().isPresent());
        TabPane tabs = robot.lookup(".account-page .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        DesktopFixture.waitFor(() -> cards(robot).size() == 2);

        robot.clickOn(card(robot, "Eva Chief"));
        Button forget = robot.lookup("#forgetButton").queryAs(Button.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> !forget.isDisabled()));
        robot.clickOn(forget);
        DesktopFixture.waitFor(() -> robot.lookup("#forgetChanges").tryQuery().isPresent());
        assertThat(changeLines(robot)).containsExactly(
                "This will change, in one step that cannot be undone:",
                "\u2022 the stakeholder record (name, title, department, e-mail, notes) is deleted",
                "\u2022 1 people who report to them will report to nobody",
                "\u2022 their name or e-mail is replaced by \u201c[person removed]\u201d in 1 texts");
        assertThat(DesktopFixture.onFx(() -> robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class)
                .getText())).isEqualTo("Remove the personal data of Eva Chief (Acme Holding) everywhere?");

        robot.clickOn("Cancel");
        DesktopFixture.waitFor(() -> robot.lookup("#forgetChanges").tryQuery().isEmpty());
        assertThat(ws.account360().stakeholders().list(acme)).hasSize(2);

        robot.clickOn(forget);
        DesktopFixture.waitFor(() -> robot.lookup("#forgetChanges").tryQuery().isPresent());
        robot.clickOn("Forget");
        DesktopFixture.waitFor(() -> cards(robot).size() == 1);
        List<Stakeholder> left = ws.account360().stakeholders().list(acme);
        assertThat(left).extracting(Stakeholder::name).containsExactly("Bo Buyer");
        assertThat(left.get(0).reportsToId()).isNull();
        assertThat(left.get(0).notes()).isEqualTo("Ask [person removed] first");
        DesktopFixture.waitFor(() -> texts(robot, ".account-page .text-success").stream()
                .anyMatch(t -> t.startsWith("Eva Chief was forgotten")));
    }

    private static List<String> changeLines(FxRobot robot) {
        return DesktopFixture.onFx(() -> robot.lookup("#forgetChanges").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    private static List<Node> cards(FxRobot robot) {
        return DesktopFixture.onFx(() -> List.copyOf(robot.lookup(".org-card").queryAll()));
    }

    private static Node card(FxRobot robot, String name) {
        return DesktopFixture.onFx(() -> robot.lookup(".org-card").queryAll().stream()
                .filter(c -> c.lookup(".org-name") instanceof Label l && l.getText().equals(name))
                .findFirst().orElseThrow());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList());
    }
}
