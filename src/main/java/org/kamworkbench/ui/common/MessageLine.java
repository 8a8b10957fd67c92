package org.kamworkbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * A validation or status message in a line reserved for it: the line keeps its height when the message
 * is empty, so nothing below moves when one appears (the next click still hits the control it aimed at).
 * A message longer than the line shows whole in its tooltip.
 */
public final class MessageLine {
    private MessageLine() {
    }

    public static void bind(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.setWrapText(false);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setManaged(true);
        label.setVisible(true);
        // the height of one line of the label's font, also while it is empty
        label.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> label.getFont().getSize() * 1.4, label.fontProperty()));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(message);
        label.tooltipProperty().bind(Bindings.when(Bindings.createBooleanBinding(
                () -> message.get() == null || message.get().isEmpty(), message))
                .then((Tooltip) null).otherwise(tooltip));
    }
}
