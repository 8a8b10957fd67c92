package org.kamworkbench.ui.imports;

import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.ui.common.FxBackground;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The check step of a revenue file without a currency column, as the user sees it. */
@ExtendWith(ApplicationExtension.class)
class RevenueCheckStepFxTest {
    @TempDir
    Path dir;

    private final FakeImportService service = new FakeImportService();
    private Stage owner;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        owner = stage;
    }

    @Test
    @SuppressWarnings("unchecked")
    void asksTheCurrencyOfTheLinesAndOffersToCreateAccounts(FxRobot robot) throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "Invoice,Customer,Invoice Date,Net Amount\nINV-1,001A01,15/01/2024,12500.00\n",
                StandardCharsets.UTF_8);
        Platform.runLater(() -> new ImportWizard(service, new FxBackground(), new DiskFiles(), null).showAndWait(owner, ImportKind.REVENUE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#filePath").write(file.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".preview-table").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#nextButton"); // preview → mapping
        robot.clickOn("#nextButton"); // mapping → check
        waitUntil(() -> !service.validateOptions.isEmpty());

        ComboBox<String> currency = robot.lookup("#currency").queryAs(ComboBox.class);
        CheckBox create = robot.lookup("#createAccounts").queryAs(CheckBox.class);
        assertThat(shown(currency)).isTrue();
        assertThat(shown(create)).isTrue();
        assertThat(currency.getValue()).isEqualTo("EUR");
        assertThat(robot.lookup(".currency-row .label").queryAs(Label.class).getText())
                .isEqualTo("_Currency of the lines (the file has no currency column):");
        assertThat(shown(robot.lookup("#importFx").query())).isFalse();

        robot.interact(() -> currency.setValue("GBP"));
        waitUntil(() -> "GBP".equals(service.validateOptions.get(service.validateOptions.size() - 1).currency()));
        robot.clickOn(create);
        waitUntil(() -> service.validateOptions.get(service.validateOptions.size() - 1).createAccounts());
        robot.type(KeyCode.ESCAPE);
    }

    private static boolean shown(Node node) {
        if (node.getScene() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
