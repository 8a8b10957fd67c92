package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PortfolioViewFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();
    private final PortfolioFormats f = new PortfolioFormats(TestWorkspaces.english());

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("p" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private static String text(FxRobot robot, String query) {
        return DesktopFixture.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(javafx.scene.control.Button.class).fire());
    }

    private WorkspaceServices demo(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices services = app.model().workspaceProperty().get();
        services.demo().load(ProgressMonitor.NONE);
        robot.clickOn("Portfolio");
        DesktopFixture.waitFor(() -> robot.lookup("#tile-revenue").tryQuery().isPresent());
        return services;
    }

    @Test
    void tilesAndChartShowTheServiceFigures(FxRobot robot) throws Exception {
        WorkspaceServices services = demo(robot);
        var portfolio = services.portfolio();
        PortfolioAnalysis a = portfolio.analyze(portfolio.load(),
                new AnalysisRequest(PeriodSpec.year(2024), Dimension.REGION, null));
        var m = a.metrics();
        assertThat(text(robot, "#tile-revenue")).isEqualTo(f.money(m.totalRevenue(), "EUR"));
        assertThat(text(robot, "#tile-accounts")).isEqualTo(f.count(m.accounts()));
        assertThat(text(robot, "#tile-top20")).isEqualTo(f.percent(m.top20Share()));
        assertThat(text(robot, "#tile-pareto")).isEqualTo(f.percent(m.paretoAccountShare()));
        assertThat(text(robot, "#tile-hhi")).isEqualTo(f.hhi(m.hhi()));
        assertThat(text(robot, "#tile-effective")).isEqualTo(f.decimal(m.effectiveAccounts(), 1));
        assertThat(text(robot, "#tile-top20-change")).isEqualTo(
                f.pointsChange(m.top20Share() - a.previousMetrics().top20Share()));

        ParetoChart chart = robot.lookup("#paretoChart").queryAs(ParetoChart.class);
        DesktopFixture.waitFor(() -> chart.buckets() != null);
        ParetoBuckets buckets = chart.buckets();
        assertThat(buckets.accounts()).isEqualTo(m.accounts());
        assertThat(buckets.size()).isLessThanOrEqualTo((int) chart.getWidth());
        assertThat(buckets.maxRevenue()).isEqualTo(a.curve().revenueValue(0));
        assertThat(buckets.cumulative(buckets.size() - 1)).isEqualTo(a.curve().cumulativeShare(m.accounts() - 1));
        assertThat(buckets.classStart(1)).isEqualTo(m.classes().get(0).accounts());

        robot.interact(() -> chart.hoverRank(0));
        Account top = a.curve().account(0);
        assertThat(chart.hoverText()).contains(top.name(), f.money(a.curve().revenue(0), "EUR"),
                f.percent(a.curve().share(0)), f.percent(a.curve().cumulativeShare(0)));

        // every ABC column is whole at this window width: the side card leaves room for the four headers, and
        // the table fits them again once their titles' minimum widths are known
        TableView<?> abc = robot.lookup("#abcTable").queryAs(TableView.class);
        java.util.function.Supplier<Double> columns = () -> DesktopFixture.onFx(
                () -> abc.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        double room = DesktopFixture.onFx(() -> abc.getWidth() - abc.snappedLeftInset() - abc.snappedRightInset());
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> columns.get() <= room);
        } catch (TimeoutException e) {
            // the assertion says which columns
        }
        assertThat(columns.get()).as("ABC columns %s", DesktopFixture.onFx(() -> abc.getColumns().stream()
                .map(c -> c.getText() + " " + c.getWidth() + " min " + c.getMinWidth()).toList()))
                .isLessThanOrEqualTo(room);

        Path png = Files.createTempDirectory("chart").resolve("pareto.png");
        ChartCard card = (ChartCard) chart.getParent();
        assertThat(DesktopFixture.onFx(() -> card.writePng(png))).isTrue();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickingAnAccountShowsTheRevenueAtRisk(FxRobot robot) throws Exception {
        WorkspaceServices services = demo(robot);
        var portfolio = services.portfolio();
        PortfolioAnalysis a = portfolio.analyze(portfolio.load(),
                new AnalysisRequest(PeriodSpec.year(2024), Dimension.REGION, null));
        Account top = a.curve().account(0);
        assertThat(text(robot, "#atRiskLabel")).isEqualTo("—");

        // A click on the Pareto chart selects the account of that bar; "Add to scenario" picks it.
        ParetoChart chart = robot.lookup("#paretoChart").queryAs(ParetoChart.class);
        DesktopFixture.waitFor(() -> chart.buckets() != null);
        int rank = DesktopFixture.onFx(() -> chart.rankAt(chart.getWidth() / 2));
        Account clicked = a.curve().account(rank);
        // Near the top of the chart: the window shows the chart's upper part without scrolling.
        var bounds = DesktopFixture.onFx(() -> chart.localToScreen(chart.getBoundsInLocal()));
        robot.clickOn(new javafx.geometry.Point2D(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + 30));
        DesktopFixture.waitFor(() -> text(robot, "#detailLabel").startsWith(clicked.name()));
        // The scenario panel is below the fold of the test window: its controls are fired, not clicked.
        fire(robot, "#addSelectedButton");
        ScenarioResult one = portfolio.loseAccounts(a, List.of(clicked.externalId()));
        String oneAtRisk = f.money(one.revenueAtRisk(), "EUR") + " (" + f.percent(one.revenueAtRiskShare())
                + " of revenue)";
        DesktopFixture.waitFor(() -> text(robot, "#atRiskLabel").equals(oneAtRisk));

        // Then the largest account, found by its id in the search list.
        ListView<Account> choices = robot.lookup("#choiceList").queryAs(ListView.class);
        robot.interact(() -> robot.lookup("#scenarioSearch").queryAs(javafx.scene.control.TextField.class)
                .setText(top.externalId()));
        DesktopFixture.waitFor(() -> choices.getItems().size() == 1);
        robot.interact(() -> choices.getSelectionModel().select(0));
        fire(robot, "#addButton");
        ScenarioResult expected = portfolio.loseAccounts(a, List.of(clicked.externalId(), top.externalId()));
        String atRisk = f.money(expected.revenueAtRisk(), "EUR") + " (" + f.percent(expected.revenueAtRiskShare())
                + " of revenue)";
        DesktopFixture.waitFor(() -> text(robot, "#atRiskLabel").equals(atRisk));
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#impactTable")
                .queryAs(javafx.scene.control.TableView.class).getItems().size())).isEqualTo(a.groups().size());
        fire(robot, "#resetButton");
        DesktopFixture.waitFor(() -> text(robot, "#atRiskLabel").equals("—"));
    }
}
