package org.kamworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 11 §1 in the real wizard on a real workspace: a value the strict reader refuses is shown with line, column and value. */
@ExtendWith(ApplicationExtension.class)
class StrictValuesWizardFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("strict" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void aBadValueIsShownRefusedWithItsLineColumnAndValue(FxRobot robot) throws Exception {
        Path file = Files.writeString(home.resolve("accounts-strict.csv"), String.join("\n",
                "account_id,name,country,currency,annual_revenue",
                "S-1,Alpha GmbH,DE,EUR,1200000",
                "S-2,Beta Ltd,GB,GBP,1e3",
                "S-3,Gamma Inc,US,USD,€12",
                "S-4,Delta SpA,IT,EUR,12 kg") + "\n");
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#importButton"));
        robot.clickOn("#importButton");
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#filePath"));
        TextField path = robot.lookup("#filePath").queryAs(TextField.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn("#nextButton");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                robot.lookup(".preview-table").queryAs(TableView.class).getItems().size() >= 4));
        robot.clickOn("#nextButton"); // mapping
        robot.clickOn("#nextButton"); // check: the real service reads every value strictly
        DesktopFixture.waitFor(() -> !text(robot, ".verdict").isEmpty());

        assertThat(text(robot, ".verdict")).startsWith("3 rows have problems");
        @SuppressWarnings("unchecked")
        TableView<ImportProblem> problems = robot.lookup(".problems-table").queryAs(TableView.class);
        List<String> shown = DesktopFixture.onFx(() -> problems.getItems().stream().map(ImportProblem::describe).toList());
        assertThat(shown).containsExactly(
                "Line 3, column 'annual_revenue': '1e3' is not an amount",
                "Line 4, column 'annual_revenue': '€12' is in € (EUR) but the line's currency is USD",
                "Line 5, column 'annual_revenue': '12 kg' is not an amount");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }

    private static String text(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).match(StrictValuesWizardFxTest::shown)
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
