package org.kamworkbench.ui.account;

import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Small helpers of the Account 360 views: messages shown only when there is text, lists typed as text. */
public final class ShownText {
    private ShownText() {
    }

    /** Binds the label to {@code text}; it takes no room while the text is empty. */
    public static void bind(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** "German, Italian; English" → [German, Italian, English] (blank items dropped). */
    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
