package org.kamworkbench.ui.account;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.kamworkbench.ui.common.Texts;

/** Shows enum values (and a "none" choice for null) in combo boxes through bundle keys {@code prefix.NAME}. */
final class EnumTexts {
    private EnumTexts() {
    }

    static <T> void show(ComboBox<T> box, Function<T, String> text, String noneText) {
        box.setCellFactory(list -> cell(text, noneText));
        box.setButtonCell(cell(text, noneText));
    }

    static <E extends Enum<E>> Function<E, String> of(Texts texts, String prefix) {
        return e -> texts.get(prefix + "." + e.name());
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String noneText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? noneText : text.apply(item));
            }
        };
    }
}
