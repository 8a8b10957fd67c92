package org.kamworkbench.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.TextAlignment;

/**
 * Column headers that stay readable in every table of a window: a header too narrow for its title
 * wraps it onto a second line, and every header carries its full title as a tooltip. One mechanism for
 * the whole window, so screens build their columns as they like and never show "Relationshi…".
 */
public final class TableHeaders {
    private static final String DONE = TableHeaders.class.getName();
    /** Headers appear when a screen or tab is first shown: looking for new ones a few times a second is enough. */
    private static final long SCAN_INTERVAL_NANOS = 200_000_000L;

    private TableHeaders() {
    }

    /** Keeps the headers of every table shown in {@code scene} readable, including tables added later. */
    public static void keepReadable(Scene scene) {
        long[] lastScan = {Long.MIN_VALUE};
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (lastScan[0] != Long.MIN_VALUE && now - lastScan[0] < SCAN_INTERVAL_NANOS) {
                return;
            }
            lastScan[0] = now;
            if (scene.getRoot() != null) {
                scan(scene.getRoot());
            }
        });
    }

    private static void scan(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof TableColumnHeader header) {
                readable(header);
            }
            if (child instanceof Parent p && child.isVisible()) {
                scan(p);
            }
        }
    }

    /** Makes one header wrap its title and show it whole as a tooltip. */
    public static void readable(TableColumnHeader header) {
        if (header.getProperties().containsKey(DONE)) {
            return;
        }
        for (Node child : header.getChildrenUnmodifiable()) {
            if (child instanceof Label label) {
                header.getProperties().put(DONE, Boolean.TRUE);
                label.setWrapText(true);
                label.setTextAlignment(TextAlignment.CENTER);
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(label.textProperty());
                label.setTooltip(tooltip);
            }
        }
    }
}
