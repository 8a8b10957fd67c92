package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayModesTest {
    private final MemoryPreferences preferences = new MemoryPreferences();

    @Test
    void theDarkThemeIsRememberedAndComesBack() {
        DisplayModes modes = new DisplayModes(preferences);
        assertThat(modes.darkThemeProperty().get()).isFalse();
        modes.darkThemeProperty().set(true);
        assertThat(preferences.darkTheme()).isTrue();
        assertThat(new DisplayModes(preferences).darkThemeProperty().get()).isTrue();
        modes.darkThemeProperty().set(false);
        assertThat(preferences.darkTheme()).isFalse();
    }

    @Test
    void presentationModeHidesTheSidebarWhichCanBeBroughtBackAndLeavingItShowsTheSidebar() {
        DisplayModes modes = new DisplayModes(preferences);
        assertThat(modes.presentationModeProperty().get()).isFalse();
        assertThat(modes.sidebarShownProperty().get()).isTrue();
        modes.presentationModeProperty().set(true);
        assertThat(modes.sidebarShownProperty().get()).isFalse();
        modes.sidebarShownProperty().set(true); // F9
        assertThat(modes.presentationModeProperty().get()).isTrue();
        modes.sidebarShownProperty().set(false);
        modes.presentationModeProperty().set(false);
        assertThat(modes.sidebarShownProperty().get()).isTrue();
    }

    @Test
    void presentationModeIsNotRemembered() {
        new DisplayModes(preferences).presentationModeProperty().set(true);
        assertThat(new DisplayModes(preferences).presentationModeProperty().get()).isFalse();
    }
}
