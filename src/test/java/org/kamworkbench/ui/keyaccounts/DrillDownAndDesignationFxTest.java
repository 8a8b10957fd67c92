package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 13 §4 and §5 on the demo portfolio: ABC class → account list → account page; bulk designation. */
@ExtendWith(ApplicationExtension.class)
class DrillDownAndDesignationFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("d" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAbcClassOpensItsAccountsAndARowOpensTheAccountPage(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        app.model().workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        robot.clickOn("Portfolio");
        TableView<?> abc = robot.lookup(".abc-table").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> abc.getItems().size() >= 3));
        // the table sits below the fold of the scrolling screen: select class B and press Enter, as a keyboard user
        int expected = DesktopFixture.onFx(() -> ((org.kamworkbench.ui.portfolio.PortfolioRows.AbcRow)
                abc.getItems().get(1)).accounts());
        robot.interact(() -> {
            abc.requestFocus();
            abc.getSelectionModel().select(1);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        DesktopFixture.waitFor(() -> robot.lookup("#accountListTable").tryQuery().isPresent());
        TableView<AccountDrillDown.Row> list = robot.lookup("#accountListTable").queryAs(TableView.class);
        assertThat(DesktopFixture.onFx(() -> list.getItems().size())).isEqualTo(expected);
        assertThat(DesktopFixture.onFx(() -> list.getItems().stream().allMatch(r -> r.abcClass().equals("B"))))
                .isTrue();
        AccountDrillDown.Row first = DesktopFixture.onFx(() -> list.getItems().get(0));
        assertThat(DesktopFixture.onFx(() -> list.getColumns().stream().map(c -> c.getText()).toList()))
                .containsExactly("#", "Account", "ID", "Revenue", "Share", "Cumulative share", "ABC");
        robot.doubleClickOn(DesktopFixture.onFx(() -> robot.lookup("#accountListTable .table-row-cell").queryAll()
                .stream().filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow()));
        // double-click on the first row: it is selected on show, and the window opens the account page
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup(".account-title").tryQuery()
                .map(n -> first.account().name().equals(((Label) n).getText())).orElse(false)));
        assertThat(robot.lookup("#accountListTable").tryQuery()).isEmpty(); // the window closed
    }

    @SuppressWarnings("unchecked")
    @Test
    void allStrategicAccountsAreDesignatedWithOneReason(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices services = app.model().workspaceProperty().get();
        services.demo().loadPortfolio(ProgressMonitor.NONE); // no designation yet
        KeyAccountServices keys = services.keyAccounts();
        CriteriaSet set = keys.criteriaSets().save(new CriteriaSet("Demo", 0, null, 50, 12, 12, List.of(
                new org.kamworkbench.domain.Criterion("Size", "", Axis.ATTRACTIVENESS, 50, 5,
                        org.kamworkbench.domain.Criterion.blankAnchors(5), CriterionSource.ANNUAL_REVENUE, List.of(),
                        true, GrowthKind.NOMINAL),
                new org.kamworkbench.domain.Criterion("Revenue", "", Axis.STRENGTH, 30, 5,
                        org.kamworkbench.domain.Criterion.blankAnchors(5), CriterionSource.REVENUE, List.of(), true,
                        GrowthKind.NOMINAL),
                new org.kamworkbench.domain.Criterion("Revenue again", "", Axis.STRENGTH, 20, 5,
                        org.kamworkbench.domain.Criterion.blankAnchors(5), CriterionSource.REVENUE, List.of(), true,
                        GrowthKind.NOMINAL))));
        Scoreboard board = keys.scoring().load(null).score(set);
        List<Long> strategic = board.in(Quadrant.STRATEGIC).stream().map(s -> s.account().id()).toList();
        assertThat(strategic).isNotEmpty();
        robot.clickOn("Key accounts");
        robot.clickOn("Designations and alerts");
        TableView<DesignationRow> table = robot.lookup("#designationTable").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> table.getItems().size() == 300));
        // sorted by score, best first
        assertThat(DesktopFixture.onFx(() -> table.getItems().get(0).account().id()))
                .isEqualTo(board.ranked().get(0).account().id());
        robot.clickOn((java.util.function.Predicate<Node>) n -> n instanceof javafx.scene.control.Button b
                && "Select".equals(b.getText()) && b.isVisible());
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> table.getSelectionModel().getSelectedItems().size()
                == strategic.size()));
        robot.clickOn((java.util.function.Predicate<Node>) n -> n instanceof javafx.scene.control.TextField t
                && "Reason (required)".equals(t.getPromptText()));
        robot.write("Strategic in the 2024 review");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        DesktopFixture.waitFor(() -> keys.designations().history().size() == strategic.size());
        assertThat(keys.designations().history()).allMatch(d -> d.status() == DesignationStatus.KEY
                && d.reason().equals("Strategic in the 2024 review"));
        assertThat(keys.designations().history().stream().map(Designation::accountId).toList())
                .containsExactlyInAnyOrderElementsOf(strategic);
    }
}
