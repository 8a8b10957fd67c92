package org.kamworkbench.ui.imports;

import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.ui.common.FxBackground;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.ImportReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real wizard (FXML, JavaFX Tasks) headless on the fake service, as a user would. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFxTest {
    @TempDir
    Path dir;

    private final FakeImportService service = new FakeImportService();
    private Stage owner;
    private volatile Optional<ImportReport> result;
    private CountDownLatch closed;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        owner = stage;
    }

    @Test
    void importsAFileThroughEveryStep(FxRobot robot) throws Exception {
        Path file = Fixtures.salesforceAccounts(dir);
        open(robot);

        robot.clickOn("#filePath").write(file.toString());
        robot.type(KeyCode.ENTER); // Enter = Next
        TableView<?> preview = robot.lookup(".preview-table").queryAs(TableView.class);
        waitUntil(() -> preview.getItems().size() == 12);
        assertThat(preview.getColumns()).extracting(TableColumn::getText)
                .contains("Account ID", "Account Name", "Billing Country", "Region Code");
        assertThat(visibleText(robot, ".preset-badge")).isEqualTo("Salesforce");

        robot.clickOn("#nextButton");
        ComboBox<String> region = mappingCombo(robot, "Region Code");
        assertThat(region.getValue()).isEqualTo(MappingViewModel.IGNORE);
        robot.clickOn(region);
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Region")).<Node>query());
        assertThat(region.getValue()).isEqualTo("region");

        robot.clickOn("#nextButton");
        waitUntil(() -> !visibleText(robot, ".verdict").isEmpty());
        assertThat(visibleText(robot, ".verdict")).startsWith("2 rows have problems");
        TableView<ImportProblem> problems = robot.lookup(".problems-table").queryAs(TableView.class);
        assertThat(problems.getItems()).extracting(ImportProblem::line).containsExactly(7L, 9L);
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        assertThat(service.validateOptions.get(0).mapping()).containsEntry("Region Code", "region");

        robot.clickOn("#skipInvalid");
        assertThat(robot.lookup("#nextButton").queryButton().getText()).isEqualTo("_Import");
        robot.type(KeyCode.ENTER); // the check box has the focus: Enter still means Next, not "untick"
        waitUntil(() -> "Import complete".equals(visibleText(robot, ".step-title")));
        assertThat(visibleText(robot, ".summary-rows")).isEqualTo("10 of 12 rows imported.");
        assertThat(visibleText(robot, ".stat-added .stat-value")).isEqualTo("10");

        robot.type(KeyCode.ESCAPE); // on the summary Esc closes too, with the report
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(result).hasValueSatisfying(r -> assertThat(r.rowsImported()).isEqualTo(10));
        assertThat(service.importOptions.get(0).skipInvalid()).isTrue();
        assertThat(service.commits()).isEqualTo(1);
        assertThat(service.storedRecords()).isEqualTo(10);
    }

    @Test
    void cancellingDuringTheImportLeavesTheWorkspaceUnchanged(FxRobot robot) throws Exception {
        Path file = Fixtures.salesforceAccounts(dir);
        service.waitForCancel = true;
        open(robot);

        TextField path = robot.lookup("#filePath").queryAs(TextField.class);
        robot.interact(() -> path.setText(file.toString())); // typing is covered above; this test is about cancel
        robot.clickOn("#nextButton");
        waitUntil(() -> robot.lookup(".preview-table").queryAs(TableView.class).getItems().size() == 12);
        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        waitUntil(() -> !visibleText(robot, ".verdict").isEmpty());
        robot.clickOn("#skipInvalid");
        robot.clickOn("#nextButton");

        ProgressBar progress = robot.lookup(".import-progress .progress-bar").queryAs(ProgressBar.class);
        waitUntil(() -> progress.getProgress() >= 0.5);
        assertThat(visibleText(robot, ".big-percent")).isEqualTo("50%");
        robot.type(KeyCode.ESCAPE); // Esc = Cancel: stops the import, keeps the wizard open

        waitUntil(() -> !visibleText(robot, ".notice-box").isEmpty());
        assertThat(visibleText(robot, ".notice-box")).isEqualTo("Import cancelled; the workspace is unchanged.");
        assertThat(service.commits()).isZero();
        assertThat(service.storedRecords()).isZero();
        assertThat(closed.getCount()).isEqualTo(1);

        robot.clickOn("#cancelButton");
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(result).isEmpty();
    }

    @Test
    void aMissingFileIsASentenceOnTheFirstStep(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#filePath").write(dir.resolve("missing.csv").toString());
        robot.type(KeyCode.ENTER);

        assertThat(visibleText(robot, ".step-error"))
                .isEqualTo("The file “" + dir.resolve("missing.csv") + "” does not exist.");
        assertThat(shown(robot.lookup("#filePath").queryAs(TextField.class))).isTrue(); // still step 1
        robot.type(KeyCode.ESCAPE);
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(result).isEmpty();
    }

    @Test
    void theInitialKindIsPreselectedAndTheCrmChoiceIsForAccountsOnly(FxRobot robot) throws Exception {
        openWith(robot, ImportKind.REVENUE);
        assertThat(robot.lookup("#revenueKind").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(shown(robot.lookup("#preset").query())).isFalse();

        robot.clickOn("#accountsKind");
        assertThat(shown(robot.lookup("#preset").query())).isTrue();
        robot.clickOn("#cancelButton");
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private void open(FxRobot robot) {
        openWith(robot, ImportKind.ACCOUNTS);
    }

    private void openWith(FxRobot robot, ImportKind kind) {
        closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            result = new ImportWizard(service, new FxBackground(), new DiskFiles(), null).showAndWait(owner, kind);
            closed.countDown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#filePath").query(); // the wizard is showing
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> mappingCombo(FxRobot robot, String header) {
        return robot.lookup(".mapping-grid .combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> header.equals(c.getAccessibleText())).findFirst().orElseThrow();
    }

    /** The text of the visible labels matching the query, joined. */
    private static String visibleText(FxRobot robot, String query) {
        List<String> texts = robot.lookup(query).queryAllAs(Label.class).stream()
                .filter(ImportWizardFxTest::shown)
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList();
        return String.join("\n", texts);
    }

    /** Whether the user sees the node: it and every parent visible, in a showing window. */
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

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
