package org.kamworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * End to end through the real app: the start screen's "Import from CRM…" opens the wizard, the
 * wizard imports a Salesforce report export into a real workspace, and the accounts screen lists them.
 */
@ExtendWith(ApplicationExtension.class)
class ImportToAccountsFxTest {
    private static final Path SALESFORCE_REPORT = Path.of("src/test/resources/fixtures/salesforce-report-accounts.csv");

    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("e2e" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void accountsImportedThroughTheWizardAppearInTheAccountsTable(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#importButton"));
        robot.clickOn("#importButton");

        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#filePath"));
        TextField path = robot.lookup("#filePath").queryAs(TextField.class);
        robot.interact(() -> path.setText(SALESFORCE_REPORT.toAbsolutePath().toString()));
        robot.clickOn("#nextButton");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                robot.lookup(".preview-table").queryAs(TableView.class).getItems().size() >= 8));
        assertThat(text(robot, ".preset-badge")).isEqualTo("Salesforce");

        robot.clickOn("#nextButton"); // mapping: the preset mapped every required field
        robot.clickOn("#nextButton"); // check: the real service validates the whole file
        DesktopFixture.waitFor(() -> !text(robot, ".verdict").isEmpty());
        robot.clickOn("#nextButton"); // import
        try {
            DesktopFixture.waitFor(() -> "Import complete".equals(text(robot, ".step-title")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("step: " + text(robot, ".step-title") + " | verdict: " + text(robot, ".verdict")
                    + " | notice: " + text(robot, ".notice-box") + " | error: " + text(robot, ".step-error")
                    + " | next: " + robot.lookup("#nextButton").queryButton().getText(), e);
        }
        assertThat(text(robot, ".stat-added .stat-value")).isEqualTo("8");
        robot.clickOn("#nextButton"); // Close

        Label accounts = robot.lookup("#accountsLabel").queryAs(Label.class);
        try {
            DesktopFixture.waitFor(() -> DesktopFixture.onFx(accounts::getText).equals("8 accounts"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status bar says: " + DesktopFixture.onFx(accounts::getText)
                    + "; summary: " + text(robot, ".summary-rows"), e);
        }
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        DesktopFixture.waitFor(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> table.getItems().size()) == 8);
        assertThat(DesktopFixture.onFx(() -> table.getItems().stream()
                .map(row -> ((org.kamworkbench.ui.accounts.AccountsRow) row).account().name()).toList()))
                .contains("Müller Maschinenbau GmbH");
    }

    private static String text(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).match(ImportToAccountsFxTest::shown)
                .tryQuery().map(n -> n instanceof Label l ? l.getText() : "").orElse(""));
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
