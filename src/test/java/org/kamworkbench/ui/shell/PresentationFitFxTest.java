package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.ui.DesktopFixture;
import org.kamworkbench.ui.Truncations;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presentation mode on a 1280×720 projector, with the demo portfolio: on every screen of the sidebar,
 * in English and in Italian, and in the normal mode at the same size, no label, button, tab, column header, combo-box value or list row is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationFitFxTest {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    @TempDir
    static Path home;

    private final DesktopFixture app = new DesktopFixture();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Themes.apply(false);
    }

    @Test
    void everyScreenFitsInEnglishPresentation(FxRobot robot) throws Exception {
        assertThat(truncatedOnEveryScreen(robot, Locale.UK, "300 accounts", true)).isEmpty();
    }

    @Test
    void everyScreenFitsInItalianPresentation(FxRobot robot) throws Exception {
        assertThat(truncatedOnEveryScreen(robot, Locale.ITALY, "300 clienti", true)).isEmpty();
    }

    @Test
    void everyScreenFitsInEnglishNormalMode(FxRobot robot) throws Exception {
        assertThat(truncatedOnEveryScreen(robot, Locale.UK, "300 accounts", false)).isEmpty();
    }

    @Test
    void everyScreenFitsInItalianNormalMode(FxRobot robot) throws Exception {
        assertThat(truncatedOnEveryScreen(robot, Locale.ITALY, "300 clienti", false)).isEmpty();
    }

    private List<String> truncatedOnEveryScreen(FxRobot robot, Locale locale, String loaded, boolean presentation)
            throws Exception {
        robot.interact(() -> app.start(stage, home.resolve("t" + System.nanoTime()), Texts.forLocale(locale)));
        DesktopFixture.waitFor(() -> DesktopFixture.visible(robot, "#demoButton"));
        robot.clickOn("#demoButton");
        Label accounts = robot.lookup("#accountsLabel").queryAs(Label.class);
        DesktopFixture.waitFor(() -> accounts.getText().equals(loaded));
        if (presentation) {
            robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
            DesktopFixture.waitFor(() -> stage.isFullScreen());
        }
        // the projector: 1280×720, as full screen gives it (Monocle's screen is another size)
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        assertThat(app.model().displayModes().presentationModeProperty().get()).isEqualTo(presentation);
        List<String> truncated = new ArrayList<>();
        for (int i = 0; i < Screens.ALL.size(); i++) {
            ScreenDescriptor screen = Screens.ALL.get(i);
            if (i < DIGITS.length) {
                robot.push(KeyCode.SHORTCUT, DIGITS[i]);
            } else {
                robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
            }
            app.waitUntilIdle();
            for (String t : DesktopFixture.onFx(() -> Truncations.under(stage.getScene().getRoot()))) {
                truncated.add(screen.id() + ": " + t);
            }
        }
        return truncated;
    }
}
