package org.kamworkbench.ui.shell;

import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;

/**
 * A screen in the sidebar: its id, the bundle key of its title, its icon and how to make it.
 * The order of {@link Screens#ALL} is the sidebar's, and gives the View menu's Ctrl+1, Ctrl+2, ...
 */
public record ScreenDescriptor(String id, String titleKey, Icons icon, Factory factory) {

    @FunctionalInterface
    public interface Factory {
        Screen create(ScreenContext context);
    }
}
