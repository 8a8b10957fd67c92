package org.kamworkbench.ui.portfolio;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Typed, sortable table columns: values are kept raw (for sorting) and formatted only in the cells. */
final class Columns {
    private Columns() {
    }


    /** A right-aligned value of any comparable type, written by {@code format} ("—" for null). */
    static <S, T extends Comparable<T>> TableColumn<S, T> number(String title, Function<S, T> value,
                                                                  Function<T, String> format, double width) {
        return number(title, value, format, null, width);
    }

    /** The same, with a tooltip on cells whose value is null (why it is unavailable). */
    static <S, T extends Comparable<T>> TableColumn<S, T> number(String title, Function<S, T> value,
                                                                  Function<T, String> format, String missing,
                                                                  double width) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("numeric");
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unavailable");
                if (empty) {
                    setText(null);
                    setTooltip(null);
                } else if (item == null && missing != null) {
                    setText(format.apply(null));
                    getStyleClass().add("unavailable");
                    setTooltip(new Tooltip(missing));
                } else {
                    setText(item == null ? PortfolioFormats.NONE : format.apply(item));
                    setTooltip(null);
                }
            }
        });
        return column;
    }
}
