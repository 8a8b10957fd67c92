package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
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

    @Test
    void anEmptyWorkspaceOffersImportAndTheDemo(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#demoButton"));
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isVisible()).isTrue();
        assertThat(robot.lookup("Import from CRM…").tryQuery()).isPresent();
        assertThat(robot.lookup("Load demo portfolio").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("KAM Workbench — default");
        assertThat(robot.lookup("#accountsLabel").queryAs(Label.class).getText()).isEqualTo("No accounts");
        assertThat(robot.lookup("#workspaceLabel").queryAs(Label.class).getText()).isEqualTo("default");
    }

    @Test
    void theDemoFillsTheStatusBarAndTheStartSummary(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#demoButton"));
        robot.clickOn("#demoButton");
        Label accounts = robot.lookup("#accountsLabel").queryAs(Label.class);
        DesktopFixture.waitFor(() -> accounts.getText().equals("300 accounts"));
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#summaryPane"));
        assertThat(DesktopFixture.visible(robot, "#demoButton")).isFalse();
        assertThat(robot.lookup("#accountsValue").queryAs(Label.class).getText()).isEqualTo("300");
        assertThat(robot.lookup("#revenueLabel").queryAs(Label.class).getText()).startsWith("Revenue, all years: €");
    }

    @Test
    void darkThemeAndPresentationModeToggleFromTheKeyboard(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        assertThat(Themes.isDark()).isFalse();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D);
        DesktopFixture.waitFor(Themes::isDark);
        assertThat(app.model().displayModes().darkThemeProperty().get()).isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D);
        DesktopFixture.waitFor(() -> !Themes.isDark());
        assertThat(app.model().displayModes().darkThemeProperty().get()).isFalse();
        robot.clickOn("#menuBar").clickOn("View").clickOn("Dark theme");
        DesktopFixture.waitFor(Themes::isDark);

        BorderPane root = robot.lookup("#root").queryAs(BorderPane.class);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        DesktopFixture.waitFor(() -> root.getStyleClass().contains(Themes.PRESENTATION));
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(DesktopFixture.visible(robot, ".sidebar")).isFalse();
        robot.push(KeyCode.F9);
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, ".sidebar"));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        DesktopFixture.waitFor(() -> !root.getStyleClass().contains(Themes.PRESENTATION));
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(DesktopFixture.visible(robot, ".sidebar")).isTrue();
    }

    @Test
    void theLanguageSwitchesAtOnceOnTheSameScreen(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        DesktopFixture.waitFor(() -> robot.lookup("#fxTable").tryQuery().isPresent());
        // what View › Language › Italiano and the Settings language box do
        robot.interact(() -> app.model().profile().languageProperty().set(Language.ITALIAN));
        DesktopFixture.waitFor(() -> robot.lookup("Impostazioni").tryQuery().isPresent());
        assertThat(robot.lookup("#fxTable").tryQuery()).as("still on Settings").isPresent();
        assertThat(robot.lookup("Visualizza").tryQuery()).isPresent();
        assertThat(robot.lookup("#accountsLabel").queryAs(Label.class).getText()).isEqualTo("Nessun cliente");
        assertThat(app.model().profile().languageProperty().get()).isEqualTo(Language.ITALIAN);
        assertThat(app.preferences().language()).contains("it");
    }

    @Test
    void screensAreReachableByShortcut(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        DesktopFixture.waitFor(() -> robot.lookup("#fxTable").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        DesktopFixture.waitFor(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        DesktopFixture.waitFor(() -> robot.lookup("#demoButton").tryQuery().isPresent());
    }
}
