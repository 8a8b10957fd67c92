package org.kamworkbench.ui.plans;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** Sortable table columns and named combo choices for the plan screens. */
final class Cols {
    private Cols() {
    }

    /** A column of comparable values (dates, numbers) shown by {@code format}; empty cells for null. */
    static <S, T extends Comparable<? super T>> TableColumn<S, T> sorted(String title, Function<S, T> value,
                                                                  Function<T, String> format, double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        return column;
    }

    @SafeVarargs
    static <S> void set(TableView<S> table, TableColumn<S, ?>... columns) {
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** As {@link #named}; the drop-down list shows each choice by {@code name} too. */
    static <T> void choice(ComboBox<T> box, Function<T, String> name, String empty) {
        named(box, name, empty);
        box.setCellFactory(l -> new NamedCell<>(name));
    }

    /** Shows each choice by {@code name} (and {@code empty} for no choice) in a non-editable combo box. */
    static <T> void named(ComboBox<T> box, Function<T, String> name, String empty) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? empty : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(item == null ? empty : name.apply(item));
            }
        });
    }
}
