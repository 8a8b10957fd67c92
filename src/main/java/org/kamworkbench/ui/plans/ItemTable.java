package org.kamworkbench.ui.plans;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import org.kamworkbench.ui.common.Texts;

/**
 * A plan table with the form below it (objectives, actions): a double click or Edit loads the chosen row into
 * the form and puts the cursor there, and Delete deletes it.
 */
final class ItemTable<R> {
    private final TableView<R> table;
    private final Control firstField;
    private final Consumer<R> edit;
    private final Consumer<R> delete;

    ItemTable(TableView<R> table, Control firstField, Consumer<R> edit, Consumer<R> delete) {
        this.table = table;
        this.firstField = firstField;
        this.edit = edit;
        this.delete = delete;
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected();
            }
        });
    }

    /** While an item is edited, the form's button saves it and a cancel button shows. */
    static void editingButtons(Texts texts, Button save, Button cancel, BooleanBinding edited, String addKey) {
        save.textProperty().bind(Bindings.when(edited).then(texts.get("plans.edit.save")).otherwise(texts.get(addKey)));
        cancel.visibleProperty().bind(edited);
        cancel.managedProperty().bind(edited);
    }

    void editSelected() {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            edit.accept(row);
            firstField.requestFocus();
        }
    }

    void deleteSelected() {
        R row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            delete.accept(row);
        }
    }
}
