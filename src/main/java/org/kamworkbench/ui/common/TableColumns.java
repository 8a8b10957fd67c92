package org.kamworkbench.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns every screen builds the same way. */
public final class TableColumns {
    private TableColumns() {
    }

    /** A text column, sorted case-insensitively with empty values last. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        return column;
    }
}
