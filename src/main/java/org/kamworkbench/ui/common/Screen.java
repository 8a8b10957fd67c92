package org.kamworkbench.ui.common;

import javafx.scene.Node;

/** A screen of the shell, made for one open workspace. */
public interface Screen {
    Node root();

    /** Reloads what the screen shows: the workspace's data changed (an import, the demo, a setting). */
    void refresh();

    /** Brings a section of the screen to the front (a tab), when it has one of that name. */
    default void showSection(String section) {
    }
}
