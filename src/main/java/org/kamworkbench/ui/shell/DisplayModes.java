package org.kamworkbench.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** How the window shows itself: dark theme (remembered), presentation mode, and the sidebar that mode hides. */
final class DisplayModes {
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BooleanProperty presentationMode = new SimpleBooleanProperty(false);
    private final BooleanProperty sidebarShown = new SimpleBooleanProperty(true);

    DisplayModes(UiPreferences preferences) {
        darkTheme.set(preferences.darkTheme());
        darkTheme.addListener((o, was, dark) -> preferences.setDarkTheme(dark));
        presentationMode.addListener((o, was, on) -> sidebarShown.set(!on));
    }

    BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    BooleanProperty presentationModeProperty() {
        return presentationMode;
    }

    /** Whether the navigation sidebar shows: hidden by presentation mode, F9 brings it back. */
    BooleanProperty sidebarShownProperty() {
        return sidebarShown;
    }
}
