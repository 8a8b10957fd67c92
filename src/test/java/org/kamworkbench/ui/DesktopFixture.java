package org.kamworkbench.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Themes;
import org.kamworkbench.ui.shell.MainWindowView;
import org.kamworkbench.ui.shell.MemoryPreferences;
import org.kamworkbench.ui.shell.ShellViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real (H2) workspace in a temporary home, as the desktop app builds it. */
public final class DesktopFixture {
    private final FxBackground background = new FxBackground();
    private final MemoryPreferences preferences = MemoryPreferences.named("Ada Lovelace");
    private ShellViewModel model;

    /** Builds and shows the window in {@code stage} and starts opening the default workspace. */
    public void start(Stage stage, Path home) {
        start(stage, home, TestWorkspaces.english());
    }

    /** The same, speaking the language of {@code texts}. */
    public void start(Stage stage, Path home, Texts texts) {
        Themes.apply(false);
        model = new ShellViewModel(new WorkspaceWiring(home), preferences, background, texts);
        MainWindowView.create(stage, model, background, texts);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
        model.openDefault();
    }

    /** Waits until no background work runs (a screen has loaded what it shows). */
    public void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(150);
        waitFor(() -> !onFx(() -> background.busyProperty().get()));
    }

    public MemoryPreferences preferences() {
        return preferences;
    }

    public ShellViewModel model() {
        return model;
    }

    /** Closes the workspace (releasing its file) and the window. */
    public void stop() throws Exception {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services != null) {
            services.close();
        }
        background.close();
        FxToolkit.cleanupStages();
    }

    /** Whether a node matching {@code query} is shown to the user: it and all its parents visible. */
    public static boolean visible(org.testfx.api.FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible())
                .match(DesktopFixture::treeVisible).tryQuery().isPresent());
    }

    private static boolean treeVisible(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Reads the scene graph on the FX thread, where it is not changing underfoot. */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
