package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.service.account.AccountPageService;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Through the real app: while the account's overview is open, another person changes its owner; saving the
 * older form then says who changed it and when, the typed name stays, nothing is put back; F5 shows their
 * owner, and the name saved again keeps it.
 */
@ExtendWith(ApplicationExtension.class)
class AccountOverviewVersionsFxTest {
    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();

    @Start
    void start(Stage stage) {
        app.start(stage, home.resolve("overview" + System.nanoTime()));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void anOlderFormIsRefusedKeepsTheTypedNameAndF5ShowsTheOtherOwner(FxRobot robot) throws Exception {
        DesktopFixture.waitFor(() -> app.model().workspaceProperty().get() != null);
        WorkspaceServices ws = app.model().workspaceProperty().get();
        Path accounts = Files.writeString(home.resolve("acme" + System.nanoTime() + ".csv"),
                "id,name,owner,country\nACME,Acme Holding,Anna Keller,DE\n");
        ws.imports().importFile(accounts, ImportKind.ACCOUNTS, ImportOptions.defaults(), ProgressMonitor.NONE);

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() ->
                robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1));
        robot.doubleClickOn("Acme Holding");
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        TextField owner = robot.lookup("#ownerField").queryAs(TextField.class);
        DesktopFixture.waitFor(() -> "Anna Keller".equals(DesktopFixture.onFx(owner::getText)));
        robot.interact(() -> name.setText("Acme Group"));

        // meanwhile Maria Rossi saves a new owner (the same workspace, her own name)
        AccountPageService pages = ws.account360().pages();
        Account stored = pages.findByExternalId("ACME").orElseThrow();
        long version = pages.versions(stored.id()).of(VersionKey.account(stored.id()));
        String me = ws.editor().name();
        ws.editor().set("Maria Rossi");
        pages.updateAccount(new Account(stored.id(), stored.externalId(), stored.name(), "Maria Rossi",
                stored.country(), null, null, null, null, null, null, null, null, null), version);
        ws.editor().set(me);

        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#saveProfileButton").query()).fire());
        Label error = robot.lookup("#profileError").queryAs(Label.class);
        DesktopFixture.waitFor(() -> DesktopFixture.onFx(() -> error.getText().startsWith("Changed by Maria Rossi at ")));
        assertThat(DesktopFixture.onFx(error::getText)).endsWith(" — reload to see it.");
        assertThat(DesktopFixture.<String>onFx(name::getText)).isEqualTo("Acme Group");
        assertThat(pages.findByExternalId("ACME").orElseThrow().owner()).isEqualTo("Maria Rossi");
        assertThat(pages.findByExternalId("ACME").orElseThrow().name()).isEqualTo("Acme Holding");
        snapshot(robot, "refused");

        robot.push(KeyCode.F5);
        DesktopFixture.waitFor(() -> "Maria Rossi".equals(DesktopFixture.onFx(owner::getText)));
        assertThat(DesktopFixture.<String>onFx(name::getText)).isEqualTo("Acme Holding");
        robot.interact(() -> name.setText("Acme Group"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#saveProfileButton").query()).fire());
        DesktopFixture.waitFor(() -> "Acme Group".equals(pages.findByExternalId("ACME").orElseThrow().name()));
        assertThat(pages.findByExternalId("ACME").orElseThrow().owner()).isEqualTo("Maria Rossi");
        snapshot(robot, "saved");
    }

    private static void snapshot(FxRobot robot, String name) {
        try {
            javafx.scene.image.WritableImage image = DesktopFixture.onFx(() -> robot.listTargetWindows().get(0)
                    .getScene().getRoot().snapshot(null, null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of("target", "overview-versions-" + name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
