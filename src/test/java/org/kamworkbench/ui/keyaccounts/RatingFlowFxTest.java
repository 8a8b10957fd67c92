package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 §1 + §3 on the demo portfolio: the default template, the matrix naming the incomplete
 * accounts, one click to the rating grid on exactly those, 12 ratings typed fast all landing in the
 * right cells, and the matrix filled.
 */
@ExtendWith(ApplicationExtension.class)
class RatingFlowFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("r" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    @Test
    void defaultTemplateThenTwelveRatingsTypedFastFillTheMatrix(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices services = app.model().workspaceProperty().get();
        services.demo().loadPortfolio(ProgressMonitor.NONE); // unrated: the flow rates it
        KeyAccountServices keys = services.keyAccounts();
        ScoringData data = keys.scoring().load(null);
        CriteriaSet set = keys.criteriaSets().save(CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO,
                data::hasData));
        List<String> manual = set.criteria().stream().filter(c -> c.source().manual()).map(Criterion::name).toList();
        // everything rated but Potential of the 12 largest accounts
        List<Account> byRevenue = new ArrayList<>(data.accounts());
        byRevenue.sort(java.util.Comparator.comparing(data::revenue, java.util.Comparator.reverseOrder())
                .thenComparing(Account::externalId));
        List<Account> twelve = byRevenue.subList(0, 12);
        StringBuilder csv = new StringBuilder("account,criterion,rating\n");
        for (Account a : data.accounts()) {
            for (String c : manual) {
                if (!(c.equals("Potential") && twelve.contains(a))) {
                    csv.append(a.externalId()).append(',').append(c).append(",3\n");
                }
            }
        }
        Path file = home.resolve("ratings" + System.nanoTime() + ".csv");
        java.nio.file.Files.writeString(file, csv);
        keys.ratings().importRatings(file, "Test");
        robot.clickOn("Key accounts");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> robot.lookup("#rateMissingLink").tryQuery()
                .map(n -> n.isVisible()).orElse(false)));
        Label summary = DesktopFixture.onFx(() -> (Label) robot.lookup(".label").queryAll().stream()
                .filter(n -> n instanceof Label l && l.getText() != null && l.getText().contains("incomplete"))
                .findFirst().orElseThrow());
        // the headline on the matrix tab, the reasons per criterion when the KAM points at it
        assertThat(DesktopFixture.onFx(() -> summary.getTooltip().getText())).contains("12 without a rating for Potential");
        robot.clickOn((Hyperlink) robot.lookup("#rateMissingLink").query());

        TableView<RatingRow> grid = robot.lookup("#ratingGrid").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> grid.getItems().size() == 12));
        assertThat(DesktopFixture.onFx(() -> grid.getColumns().stream().map(c -> c.getText()).toList()))
                .containsExactly("Account", "ID", "Revenue", "ABC", "Potential");
        List<Long> rows = DesktopFixture.onFx(() -> grid.getItems().stream().map(r -> r.account().id()).toList());
        assertThat(rows).containsExactlyElementsOf(twelve.stream().map(Account::id).toList());
        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, grid.getColumns().get(4));
            grid.getFocusModel().focus(0, grid.getColumns().get(4));
        });
        KeyCode[] typed = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5, KeyCode.DIGIT5,
                KeyCode.DIGIT4};
        int[] levels = {1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 5, 4};
        robot.type(typed);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            expected.put(rows.get(i), levels[i]);
        }
        try {
            DesktopFixture.waitFor(() -> potential(keys, rows).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(potential(keys, rows)).as("the ratings stored").isEqualTo(expected);
        }
        assertThat(DesktopFixture.onFx(() -> grid.getItems().stream()
                .map(r -> r.rating("Potential").level()).toList()))
                .containsExactly(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 5, 4);

        robot.clickOn("Matrix");
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> !summary.getText().contains("rating")));
        for (Account a : twelve) {
            if (keys.scoring().load(null).score(set).of(a.id()).complete()) {
                DesktopFixture.waitFor(() -> robot.lookup("#bubble-" + a.externalId()).tryQuery().isPresent());
            }
        }
        assertThat(keys.scoring().load(null).score(set).toRate().isEmpty()).isTrue();
    }

    /** The stored Potential ratings of these accounts. */
    private static Map<Long, Integer> potential(KeyAccountServices keys, List<Long> accounts) {
        Map<Long, Integer> map = new HashMap<>();
        for (Rating r : keys.ratings().all()) {
            if (r.criterion().equals("Potential") && accounts.contains(r.accountId())) {
                map.put(r.accountId(), r.level());
            }
        }
        return map;
    }
}
