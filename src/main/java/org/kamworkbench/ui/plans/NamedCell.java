package org.kamworkbench.ui.plans;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list cell that shows an item by a name function. */
final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> name;

    NamedCell(Function<T, String> name) {
        this.name = name;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : name.apply(item));
    }
}
