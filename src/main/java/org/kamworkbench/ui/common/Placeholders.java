package org.kamworkbench.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty list or table says: wrapped to its width rather than cut off with an ellipsis. */
public final class Placeholders {
    private Placeholders() {
    }

    public static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(0, 12, 0, 12));
        return label;
    }
}
