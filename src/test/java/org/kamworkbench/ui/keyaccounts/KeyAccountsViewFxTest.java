package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The key-accounts screen on the demo portfolio: moving a weight re-ranks the list and moves a bubble across the cut. */
@ExtendWith(ApplicationExtension.class)
class KeyAccountsViewFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage, home.resolve("k" + System.nanoTime()));
    }

    @Test
    void theMatrixSideColumnsButtonsStayInsideTheWindow(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        app.model().workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        robot.clickOn("Key accounts");
        DesktopFixture.waitFor(() -> robot.lookup("#exportStrategic").tryQuery().isPresent());
        for (double width : new double[] {1200, 1400}) {
            robot.interact(() -> stage.setWidth(width));
            robot.interact(() -> { });
            List<String> outside = DesktopFixture.onFx(() -> robot.lookup(".side-column .button")
                    .queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(b -> b.localToScene(b.getLayoutBounds()).getMaxX() > b.getScene().getWidth() + 0.5)
                    .map(b -> width + ": " + b.getText()).toList());
            assertThat(outside).as("buttons cut off at the window's right edge").isEmpty();
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theRatingsAndDesignationsTabsCutNoLabel(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        app.model().workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        robot.interact(() -> stage.setWidth(1400));
        robot.clickOn("Key accounts");
        for (String tab : List.of("Ratings", "Designations and alerts")) {
            robot.clickOn(tab);
            robot.interact(() -> { });
            assertThat(cutLabels(robot)).as("labels shown with an ellipsis on " + tab).isEmpty();
        }
    }

    /** Visible labels and check boxes (outside tables and lists) whose text is shown cut, with an ellipsis. */
    private static List<String> cutLabels(FxRobot robot) {
        return DesktopFixture.onFx(() -> robot.lookup(".text").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.getParent() instanceof javafx.scene.control.Labeled)
                .filter(n -> n.getParent().isVisible() && n.getParent().getScene() != null
                        && n.getParent().localToScene(0, 0).getX() >= 0 && visible(n.getParent()))
                .filter(n -> !(inside(n, javafx.scene.control.TableView.class) || inside(n, javafx.scene.control.ListView.class)
                        || inside(n, javafx.scene.control.ComboBoxBase.class) || inTabHeader(n)))
                .filter(n -> {
                    String shown = ((javafx.scene.text.Text) n).getText();
                    String full = ((javafx.scene.control.Labeled) n.getParent()).getText();
                    return full != null && shown != null && !shown.equals(full) && (shown.endsWith("…") || shown.endsWith("..."));
                })
                .map(n -> ((javafx.scene.control.Labeled) n.getParent()).getText()).toList());
    }

    private static boolean visible(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inTabHeader(javafx.scene.Node node) {
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(javafx.scene.Node node, Class<?> type) {
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    private static Criterion byQuantiles(String name, Axis axis, double weight, CriterionSource source) {
        return new Criterion(name, "", axis, weight, 5, Criterion.blankAnchors(5), source, List.of(), true,
                GrowthKind.NOMINAL);
    }

    private Scoreboard after;

    @SuppressWarnings("unchecked")
    @Test
    void movingAWeightReRanksAndMovesABubbleAcrossTheCut(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices services = app.model().workspaceProperty().get();
        services.demo().load(ProgressMonitor.NONE);
        KeyAccountServices keys = services.keyAccounts();
        CriteriaSet set = keys.criteriaSets().save(new CriteriaSet("Demo", 0, null, 50, 12, 12, List.of(
                byQuantiles("Size", Axis.ATTRACTIVENESS, 30, CriterionSource.ANNUAL_REVENUE),
                new Criterion("Growth", "", Axis.ATTRACTIVENESS, 20, 5, Criterion.blankAnchors(5), CriterionSource.GROWTH,
                        List.of(new BigDecimal("-10"), BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("15")), false,
                        GrowthKind.NOMINAL),
                byQuantiles("Revenue", Axis.STRENGTH, 50, CriterionSource.REVENUE))));
        // the service predicts which weight move (±10 on an attractiveness criterion, the others as they are)
        // makes some account cross the cut
        ScoringData data = keys.scoring().load(null);
        Scoreboard before = data.score(set);
        int index = -1;
        double delta = 0;
        AccountScore mover = null;
        search:
        for (int i = 0; i < 2; i++) {
            for (double d : new double[]{10, -10}) {
                List<Criterion> moved = new java.util.ArrayList<>(set.criteria());
                moved.set(i, moved.get(i).withWeight(moved.get(i).weight() + d));
                Scoreboard candidate = data.score(set.withCriteria(moved));
                for (AccountScore s : candidate.ranked()) {
                    if (before.of(s.account().id()).quadrant() != s.quadrant()) {
                        index = i;
                        delta = d;
                        mover = s;
                        after = candidate;
                        break search;
                    }
                }
            }
        }
        assertThat(mover).as("a weight move that changes a quadrant").isNotNull();
        String id = mover.account().externalId();
        AccountScore moverScore = mover;

        robot.clickOn("Key accounts");
        DesktopFixture.waitFor(() -> robot.lookup("#bubble-" + id).tryQuery().isPresent());
        MatrixChart chart = robot.lookup("#matrixChart").queryAs(MatrixChart.class);
        double cutY = DesktopFixture.onFx(() -> chart.yOf(50));
        double yBefore = DesktopFixture.onFx(() -> robot.lookup("#bubble-" + id).queryAs(Circle.class).getCenterY());
        TableView<ScoreRow> ranking = robot.lookup("#rankingTable").queryAs(TableView.class);
        List<String> orderBefore = DesktopFixture.onFx(() -> ids(ranking));
        assertThat(orderBefore.indexOf(id)).isEqualTo(before.rank(moverScore.account().id()) - 1);

        robot.clickOn("Criteria");
        Spinner<Double> weight = robot.lookup("#weight-" + index).queryAs(Spinner.class);
        int steps = (int) delta;
        robot.interact(() -> weight.increment(steps));
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> !ids(ranking).equals(orderBefore)));
        assertThat(DesktopFixture.onFx(() -> robot.lookup("#remainingLabel").queryLabeled().getText()))
                .isEqualTo(delta > 0 ? "Left to assign: -10.0" : "Left to assign: 10.0");
        List<String> orderAfter = DesktopFixture.onFx(() -> ids(ranking));
        assertThat(orderAfter.indexOf(id)).isEqualTo(after.rank(moverScore.account().id()) - 1);
        ScoreRow row = DesktopFixture.onFx(() -> ranking.getItems().get(orderAfter.indexOf(id)));
        assertThat(row.quadrantChanged()).isTrue();
        assertThat(row.quadrant()).isEqualTo(moverScore.quadrant());

        robot.clickOn("Matrix");
        DesktopFixture.waitFor(() -> robot.lookup("#bubble-" + id).tryQuery().isPresent());
        double yAfter = DesktopFixture.onFx(() -> robot.lookup("#bubble-" + id).queryAs(Circle.class).getCenterY());
        // one side of the attractiveness cut before, the other after (y grows downwards)
        assertThat(Math.signum(yBefore - cutY)).isNotEqualTo(Math.signum(yAfter - cutY));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDigitRatesTheFocusedCellAndMovesDown(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices services = app.model().workspaceProperty().get();
        services.demo().load(ProgressMonitor.NONE);
        KeyAccountServices keys = services.keyAccounts();
        keys.criteriaSets().save(new CriteriaSet("Rated", 0, null, 50, 12, 12, List.of(
                new Criterion("Potential", "", Axis.ATTRACTIVENESS, 60, 5,
                        List.of("tiny", "small", "medium", "large", "huge"), CriterionSource.MANUAL, List.of(), false,
                        GrowthKind.NOMINAL),
                Criterion.manual("Fit", Axis.ATTRACTIVENESS, 10, 5),
                byQuantiles("Revenue", Axis.STRENGTH, 30, CriterionSource.REVENUE))));
        robot.clickOn("Key accounts");
        robot.clickOn("Ratings");
        TableView<RatingRow> grid = robot.lookup("#ratingGrid").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> grid.getItems().size() == 300));
        RatingRow first = DesktopFixture.onFx(() -> grid.getItems().get(0));
        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(4));
            grid.getFocusModel().focus(0, grid.getColumns().get(4));
        });
        robot.type(javafx.scene.input.KeyCode.DIGIT4);
        // the demo rated its own criteria already: the one typed is the first account's Potential
        java.util.function.Predicate<org.kamworkbench.domain.Rating> typed = r -> r.accountId() == first.account().id()
                && r.criterion().equals("Potential");
        DesktopFixture.waitFor(() -> keys.ratings().all().stream().anyMatch(typed));
        var rating = keys.ratings().all().stream().filter(typed).findFirst().orElseThrow();
        assertThat(rating.criterion()).isEqualTo("Potential");
        assertThat(rating.level()).isEqualTo(4);
        assertThat(rating.date()).isEqualTo(java.time.LocalDate.now());
        assertThat(DesktopFixture.onFx(() -> grid.getFocusModel().getFocusedCell().getRow())).isEqualTo(1);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> grid.getItems().get(0).rating("Potential") != null));
        robot.interact(() -> grid.getFocusModel().focus(0, grid.getColumns().get(4)));
        assertThat(DesktopFixture.onFx(() -> robot.lookup(".label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                        && l.getText().contains("Level 4: large")).count())).isPositive();
    }

    private static List<String> ids(TableView<ScoreRow> table) {
        return table.getItems().stream().map(r -> r.account().externalId()).toList();
    }
}
