package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the real app on a real workspace: File › Restore a backup… lists the backups with their date and
 * what changed since; restoring one brings its data back and keeps the current file as one more backup;
 * File › Undo last import… puts back the workspace as it was before the last import.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("restore" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void restoreABackupThenUndoTheLastImport(FxRobot robot) throws Exception {
        WorkspaceServices ws = opened();
        importAccounts(ws, "one", "A1");
        importAccounts(ws, "two", "B1", "B2");
        assertThat(ws.status().status().accounts()).isEqualTo(3);

        fire(robot, "restoreItem");
        DesktopFixture.waitFor(() -> robot.lookup(".dialog-pane .list-view").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<BackupInfo> list = robot.lookup(".dialog-pane .list-view").queryAs(ListView.class);
        List<BackupInfo> shown = DesktopFixture.onFx(() -> List.copyOf(list.getItems()));
        assertThat(shown).extracting(BackupInfo::reason).containsExactly(BackupInfo.BEFORE_IMPORT, BackupInfo.BEFORE_IMPORT);
        assertThat(robot.lookup(".dialog-pane .list-cell").queryAll()).anyMatch(cell ->
                String.valueOf(((javafx.scene.control.ListCell<?>) cell).getText())
                        .contains("before an import: now +3 accounts, 0 revenue records, 0 plans compared with it"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(DesktopFixture.onFx(() -> pane.lookupButton(ButtonType.OK).isDisabled())).isTrue();
        robot.interact(() -> list.getSelectionModel().select(1)); // the oldest: before the first import, empty
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));

        WorkspaceServices restored = reopened(ws);
        assertThat(restored.status().status().accounts()).isZero();
        List<BackupInfo> after = new org.kamworkbench.app.WorkspaceWiring(home).backups().list(restored.location());
        assertThat(after).extracting(BackupInfo::reason).contains(BackupInfo.BEFORE_RESTORE);
        assertThat(after.stream().filter(b -> b.reason().equals(BackupInfo.BEFORE_RESTORE)).findFirst().orElseThrow()
                .contents().accounts()).isEqualTo(3);

        importAccounts(restored, "three", "C1");
        assertThat(restored.status().status().accounts()).isEqualTo(1);
        fire(robot, "undoImportItem");
        DesktopFixture.waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(DesktopFixture.onFx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()))
                .startsWith("Put back the workspace as it was before the last import (");
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WorkspaceServices undone = reopened(restored);
        assertThat(undone.status().status().accounts()).isZero();
    }

    private WorkspaceServices opened() throws Exception {
        // a shared, loaded machine can take longer than the fixture's 30 s to open the first workspace
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> app.model().workspaceProperty().get() != null);
        return app.model().workspaceProperty().get();
    }

    private WorkspaceServices reopened(WorkspaceServices before) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            WorkspaceServices now = app.model().workspaceProperty().get();
            return now != null && now != before;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return app.model().workspaceProperty().get();
    }

    private static void importAccounts(WorkspaceServices ws, String name, String... ids) throws Exception {
        StringBuilder csv = new StringBuilder("id,name,country\n");
        for (String id : ids) {
            csv.append(id).append(",Account ").append(id).append(",DE\n");
        }
        Path file = Files.writeString(home.resolve(name + System.nanoTime() + ".csv"), csv);
        ws.imports().importFile(file, ImportKind.ACCOUNTS, ImportOptions.defaults(), ProgressMonitor.NONE);
    }

    /** Fires a File menu item as a click on it would. */
    private static void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = DesktopFixture.onFx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
        robot.interact(item::fire);
    }
}
