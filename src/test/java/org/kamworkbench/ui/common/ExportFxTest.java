package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.export.ExportColumn;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export buttons with the demo: on the table screens, the table as shown with typed cells, and the sentence. */
@ExtendWith(ApplicationExtension.class)
class ExportFxTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("t" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private static long visibleExportButtons(FxRobot robot) {
        return DesktopFixture.onFx(() -> robot.lookup("." + ExportBar.BUTTON_STYLE).queryAll().stream()
                .filter(ExportFxTest::shown).count());
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void tableScreensHaveAnExportButtonAndTheAbcTableExportsAsShownWithTypedCells(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#demoButton"));
        robot.clickOn("#demoButton");
        DesktopFixture.waitFor(() -> robot.lookup("#accountsLabel").queryAs(Label.class).getText().equals("300 accounts"));
        for (String screen : List.of("Accounts", "Portfolio", "Key accounts", "My actions", "KPI portfolio", "People",
                "Team matrix")) {
            robot.clickOn(screen);
            DesktopFixture.waitFor(() -> visibleExportButtons(robot) >= 1);
        }
        robot.clickOn("Portfolio");
        DesktopFixture.waitFor(() -> robot.lookup("#tile-revenue").tryQuery().isPresent());
        TableView<Object> abc = robot.lookup("#abcTable").queryAs(TableView.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> abc.getItems().size() == 3));
        ExportTable table = DesktopFixture.onFx(() -> ViewTables.of("abc", abc));
        assertThat(table.headers()).isEqualTo(DesktopFixture.onFx(() -> abc.getVisibleLeafColumns().stream()
                .map(ViewTables::header).toList()));
        assertThat(table.rows()).hasSize(3);
        int share = table.headers().indexOf("Share");
        assertThat(table.columns().get(share).kind()).isEqualTo(ExportColumn.Kind.PERCENT);
        assertThat(((Number) table.rows().get(0).get(share)).doubleValue()).isBetween(0.0, 1.0);
        int revenue = table.headers().indexOf("Revenue");
        assertThat(table.columns().get(revenue).kind()).isIn(ExportColumn.Kind.MONEY, ExportColumn.Kind.NUMBER);
        assertThat(table.rows().get(0).get(table.headers().indexOf("Class"))).isEqualTo("A");

        WorkspaceServices services = app.model().workspaceProperty().get();
        Path file = out.resolve("abc.xlsx");
        TableExports exports = new TableExports(Background.DIRECT, org.kamworkbench.ui.TestWorkspaces.english(),
                services::exports);
        exports.export(m -> table, file, ExportFormat.XLSX);
        assertThat(exports.statusProperty().get()).isEqualTo("Exported 3 rows to abc.xlsx (in " + out + ").");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCell(share).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(share).getDataFormatString()).isEqualTo("0.0%");
        }
        exports.export(m -> table, out.resolve("missing-folder").resolve("abc.csv"), ExportFormat.CSV);
        assertThat(exports.statusProperty().get()).startsWith("Could not export abc.csv: Cannot write");
        assertThat(Files.exists(out.resolve("missing-folder"))).isFalse();
        assertThat(DesktopFixture.onFx(() -> robot.lookup("." + ExportBar.BUTTON_STYLE).queryAllAs(Button.class)
                .stream().filter(ExportFxTest::shown).findFirst().map(Button::getText).orElse(""))).isEqualTo("Export…");
    }
}
