package org.kamworkbench.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX themes and the application's own stylesheet. */
public final class Themes {
    public static final String PRESENTATION = "presentation";
    private static final String APP_CSS = Themes.class.getResource("/org/kamworkbench/ui/app.css").toExternalForm();

    private Themes() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static boolean isDark() {
        String current = Application.getUserAgentStylesheet();
        return current != null && current.equals(new PrimerDark().getUserAgentStylesheet());
    }

    public static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
    }
}
