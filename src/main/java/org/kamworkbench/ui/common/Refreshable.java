package org.kamworkbench.ui.common;

import javafx.scene.Node;

/**
 * How a piece of a screen (a tab's content) says how to reload itself from the workspace: the shell calls it
 * on F5 and when the user comes back to it, so another person's saved changes appear.
 */
public final class Refreshable {
    /** The node property holding the reload ({@link Runnable}). */
    public static final String KEY = "kam.refresh";

    private Refreshable() {
    }

    /** Marks {@code node} to be reloaded by {@code reload}; returns it. */
    public static <T extends Node> T mark(T node, Runnable reload) {
        node.getProperties().put(KEY, reload);
        return node;
    }

    /** Reloads {@code node} if it was marked; nothing otherwise. */
    public static void refresh(Node node) {
        if (node != null && node.getProperties().get(KEY) instanceof Runnable reload) {
            reload.run();
        }
    }
}
