package org.kamworkbench.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small view helpers shared by the step views. */
final class Labels {
    private Labels() {
    }

    /** Shows an enum constant by its bundle label ("CsvDelimiter.COMMA" → "Comma  ,"). */
    static <E extends Enum<E>> StringConverter<E> converter(WizardText text) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : text.label(value);
            }

            /** The combo boxes are not editable: no typed text ever turns back into a choice. */
            @Override
            public E fromString(String string) {
                return null;
            }
        };
    }

    /** A message label that takes no room while there is no message. */
    static void bindMessage(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrapped text keeps all its lines when space is short
        label.visibleProperty().bind(Bindings.isNotEmpty(message)); // null counts as empty
        label.managedProperty().bind(label.visibleProperty());
    }
}
