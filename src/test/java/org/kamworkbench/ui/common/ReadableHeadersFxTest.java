package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.ui.Truncations;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A column narrower than its title (the team matrix's account columns, "At constant FX" in presentation type)
 * is widened until the title shows whole on the header's two lines, and again when the type grows.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableHeadersFxTest {
    private TableView<String> table;
    private TableColumn<String, String> account;
    private TableColumn<String, String> sortedTrend;
    private TableColumn<String, String> trend;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> person = new TableColumn<>("Person");
        person.setPrefWidth(120);
        account = new TableColumn<>("Lakeshore Automotive Corp.");
        account.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        account.setPrefWidth(60);
        // the same title twice: a column that cannot be sorted needs no room for the sort arrow
        sortedTrend = new TableColumn<>("Andamento");
        sortedTrend.setPrefWidth(20);
        trend = new TableColumn<>("Andamento");
        trend.setPrefWidth(20);
        trend.setSortable(false);
        table.getColumns().setAll(List.of(person, account, sortedTrend, trend));
        table.getItems().setAll("Key account manager");
        Scene scene = new Scene(table, 900, 300);
        scene.getStylesheets().add(getClass().getResource("/org/kamworkbench/ui/app.css").toExternalForm());
        table.getStyleClass().add("kam-root");
        Readability.keepReadable(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNarrowColumnGrowsUntilItsTitleFitsOnTwoLines(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> account.getWidth() > 60);
        WaitForAsyncUtils.waitForFxEvents();

        double twoLines = DesktopFixture.onFx(() -> HeaderWidth.textTwoLines("Lakeshore Automotive Corp.",
                Font.font(14)));
        assertThat(account.getWidth()).isGreaterThanOrEqualTo(twoLines);
        assertThat(DesktopFixture.onFx(() -> Truncations.under(table))).isEmpty();

        // presentation type: the column follows the larger font
        double before = account.getWidth();
        robot.interact(() -> table.setStyle("-fx-font-size: 24px;"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> account.getWidth() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DesktopFixture.onFx(() -> Truncations.under(table))).isEmpty();
    }

    @Test
    void aColumnThatCannotBeSortedKeepsNoRoomForTheSortArrow() throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> trend.getMinWidth() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        double title = DesktopFixture.onFx(() -> HeaderWidth.textTwoLines("Andamento", Font.font(14)));

        assertThat(trend.getMinWidth()).isGreaterThan(title).isLessThan(sortedTrend.getMinWidth() - 10);
    }

    @Test
    void theNarrowestTwoLineSplitIsFound() throws Exception {
        Font font = Font.font(14);
        double longestWord = DesktopFixture.onFx(() -> HeaderWidth.textTwoLines("constant", font));
        double split = DesktopFixture.onFx(() -> HeaderWidth.textTwoLines("At constant FX", font));
        double oneLine = DesktopFixture.onFx(() -> HeaderWidth.textTwoLines("At\u00a0constant\u00a0FX", font));

        // "At constant" over "FX" (or "At" over "constant FX"): wider than the longest word, narrower than one line
        assertThat(split).isGreaterThan(longestWord).isLessThan(oneLine * 0.85);
    }
}
