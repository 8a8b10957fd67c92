package org.kamworkbench.ui.plans;

import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.kamworkbench.ui.common.Texts;

/** A box that sets the status of the table's chosen row to the one picked, then empties itself. */
final class RowStatusBox {
    private RowStatusBox() {
    }

    /** Off while no row is chosen. */
    static <R, S extends Enum<S>> void bind(Texts texts, ComboBox<S> box, S[] statuses, TableView<R> table,
                                            BiConsumer<R, S> setStatus) {
        box.getItems().setAll(statuses);
        box.setConverter(EnumText.converter(texts));
        box.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        box.setOnAction(e -> {
            R row = table.getSelectionModel().getSelectedItem();
            if (row != null && box.getValue() != null) {
                setStatus.accept(row, box.getValue());
                box.setValue(null);
            }
        });
    }
}
