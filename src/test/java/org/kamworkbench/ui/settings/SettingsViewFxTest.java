package org.kamworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsViewFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("t" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private TableView<FxRate> fxTable(FxRobot robot) {
        return robot.lookup("#fxTable").queryAs(TableView.class);
    }

    private void openFxTab(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        DesktopFixture.waitFor(() -> robot.lookup("FX rates").tryQuery().isPresent());
        robot.clickOn("FX rates");
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#fxCurrencyField"));
    }

    @Test
    void anAddedFxRateIsListed(FxRobot robot) throws Exception {
        openFxTab(robot);
        robot.clickOn("#fxCurrencyField").write("SEK");
        robot.clickOn("#fxYearField").write("2024");
        robot.clickOn("#fxRateField").write("0.087");
        robot.clickOn("#fxAddButton");
        DesktopFixture.waitFor(() -> fxTable(robot).getItems().stream().anyMatch(r -> r.currency().equals("SEK")));
        assertThat(robot.lookup("0.087").tryQuery()).isPresent();
        assertThat(robot.lookup("Whole year").tryQuery()).isPresent();
        assertThat(app.model().workspaceProperty().get().settings().fxRates())
                .extracting(FxRate::currency).containsExactly("SEK");
    }

    @Test
    void anInvalidRateShowsTheSentenceAndSavesNothing(FxRobot robot) throws Exception {
        openFxTab(robot);
        robot.clickOn("#fxCurrencyField").write("SEK");
        robot.clickOn("#fxYearField").write("2024");
        robot.clickOn("#fxRateField").write("abc");
        robot.clickOn("#fxAddButton");
        Label error = robot.lookup("#fxError").queryAs(Label.class);
        DesktopFixture.waitFor(() -> error.getText().equals("“abc” is not a number (write it like 1,234.5)."));
        assertThat(DesktopFixture.visible(robot, "#fxError")).isTrue();
        assertThat(fxTable(robot).getItems()).isEmpty();
    }
}
