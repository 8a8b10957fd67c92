package org.kamworkbench.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AccountsViewFxTest {
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
    private TableView<AccountsRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void theDemoShowsInTheTableAndTheSearchFiltersIt(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#demoButton"));
        robot.clickOn("#demoButton");
        DesktopFixture.waitFor(() -> robot.lookup("#accountsLabel").queryAs(Label.class).getText().equals("300 accounts"));
        robot.clickOn("Accounts");
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#searchField"));
        DesktopFixture.waitFor(() -> table(robot).getItems().size() == 300);
        Label count = robot.lookup("#countLabel").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("300 of 300 accounts");
        assertThat(DesktopFixture.onFx(() -> table(robot).getColumns().stream().map(c -> c.getText()).toList()))
                .contains("ID", "Name", "Our revenue (EUR)", "Owner", "Country", "Annual revenue", "Employees");
        assertThat(robot.lookup("DEMO-0001").tryQuery()).isPresent();

        robot.clickOn("#searchField").write("demo-001");
        DesktopFixture.waitFor(() -> count.getText().equals("10 of 300 accounts"));
        assertThat(table(robot).getItems()).allMatch(r -> r.externalId().startsWith("DEMO-001"));
        robot.push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        DesktopFixture.waitFor(() -> count.getText().equals("300 of 300 accounts"));
    }

    @Test
    void aMissingRateShowsADashInTheTableAndAWarningInTheStatusBar(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        var services = app.model().workspaceProperty().get();
        services.demo().load(ProgressMonitor.NONE);
        services.settings().deleteFxRate(new org.kamworkbench.domain.FxRate("GBP", 2024, 0, java.math.BigDecimal.ONE));
        robot.interact(() -> app.model().refreshStatus());
        Label revenue = robot.lookup("#revenueLabel").queryAs(Label.class);
        DesktopFixture.waitFor(() -> revenue.getStyleClass().contains("warning"));
        assertThat(revenue.getText()).contains("No FX rate for GBP in 2024");
        robot.clickOn("Accounts");
        DesktopFixture.waitFor(() -> table(robot).getItems().size() == 300);
        DesktopFixture.waitFor(() -> robot.lookup(".missing-rate").tryQuery().isPresent());
        javafx.scene.control.TableCell<?, ?> dash = robot.lookup(".missing-rate").queryAs(javafx.scene.control.TableCell.class);
        assertThat(dash.getText()).isEqualTo("—");
        assertThat(dash.getTooltip().getText()).isEqualTo(
                "No FX rate for GBP → EUR in 2024: add it under Settings › FX rates.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCountryFilterNarrowsTheTable(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        app.model().workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        robot.clickOn("Accounts");
        DesktopFixture.waitFor(() -> table(robot).getItems().size() == 300);
        ComboBox<String> countries = robot.lookup("#countryBox").queryAs(ComboBox.class);
        robot.interact(() -> countries.setValue("JP"));
        Label count = robot.lookup("#countLabel").queryAs(Label.class);
        DesktopFixture.waitFor(() -> count.getText().matches("\\d+ of 300 accounts") && !count.getText().startsWith("300"));
        assertThat(table(robot).getItems()).isNotEmpty().allMatch(r -> r.country().equals("JP"));
        robot.clickOn("#clearButton");
        DesktopFixture.waitFor(() -> count.getText().equals("300 of 300 accounts"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theYearsAbcShareAndGrowthShowAndSortAsNumbers(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        app.model().workspaceProperty().get().demo().load(ProgressMonitor.NONE);
        robot.clickOn("Accounts");
        DesktopFixture.waitFor(() -> table(robot).getItems().size() == 300);
        DesktopFixture.waitFor(() -> table(robot).getItems().stream().anyMatch(r -> r.share() != null));
        ComboBox<Integer> years = robot.lookup("#yearBox").queryAs(ComboBox.class);
        assertThat(years.getValue()).as("the latest complete year of the demo").isEqualTo(2024);
        assertThat(DesktopFixture.onFx(() -> table(robot).getColumns().stream().map(c -> c.getText()).toList()))
                .contains("2024: class, share, growth");

        javafx.scene.control.TableColumn<AccountsRow, ?> share = DesktopFixture.onFx(() -> table(robot).getColumns()
                .stream().flatMap(c -> c.getColumns().stream()).filter(c -> "Share".equals(c.getText()))
                .findFirst().orElseThrow());
        // The header's own action (the column may be scrolled out of view): sort ascending, then descending.
        robot.interact(() -> table(robot).getSortOrder().setAll(java.util.List.of(share)));
        DesktopFixture.waitFor(() -> table(robot).getItems().get(0).share() == null);
        java.util.List<Double> shares = table(robot).getItems().stream().map(AccountsRow::share)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(shares).hasSizeGreaterThan(100).isSorted();
        // As text "10.0%" would come before "2.0%": the smallest shares must come first, the largest last.
        assertThat(shares.get(0)).isLessThan(0.01);
        assertThat(shares.get(shares.size() - 1)).isGreaterThan(0.02);
        robot.interact(() -> share.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING));
        DesktopFixture.waitFor(() -> table(robot).getItems().get(0).share() != null
                && table(robot).getItems().get(0).share() > 0.02);
        AccountsRow top = table(robot).getItems().get(0);
        assertThat(top.abcClass()).isEqualTo("A");
        robot.interact(() -> table(robot).scrollToColumn(share));
        DesktopFixture.waitFor(() -> robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(javafx.scene.control.Labeled::getText).filter(java.util.Objects::nonNull).toList()
                .contains(String.format(java.util.Locale.ENGLISH, "%.2f%%", top.share() * 100)));

        robot.interact(() -> years.setValue(2022));
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> table(robot).getColumns().stream()
                .anyMatch(c -> "2022: class, share, growth".equals(c.getText()))));
        DesktopFixture.waitFor(() -> table(robot).getItems().stream().allMatch(r -> r.nominalGrowth() == null));
    }
}
