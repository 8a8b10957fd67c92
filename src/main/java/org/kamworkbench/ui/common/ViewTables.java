package org.kamworkbench.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import org.kamworkbench.service.export.ExportColumn;
import org.kamworkbench.service.export.ExportTable;

/**
 * A table as the user sees it, as an export table: the visible columns in their order, the rows in
 * their order (sorted and filtered as shown). Numbers stay numbers and dates dates (a fraction shown
 * with a % sign is a percentage); any other value is written as the cell shows it. Runs on the UI thread.
 */
public final class ViewTables {
    private ViewTables() {
    }

    public static <S> ExportTable of(String name, TableView<S> view) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        view.getVisibleLeafColumns().forEach(columns::add);
        List<List<Object>> values = new ArrayList<>();
        List<List<String>> shown = new ArrayList<>();
        Map<TableColumn<S, ?>, TableCell<S, ?>> cells = new HashMap<>();
        TableRow<S> row = new TableRow<>();
        row.updateTableView(view);
        for (int i = 0; i < view.getItems().size(); i++) {
            row.updateIndex(i);
            List<Object> line = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (TableColumn<S, ?> c : columns) {
                ObservableValue<?> observable = c.getCellObservableValue(i);
                Object v = observable == null ? null : observable.getValue();
                line.add(v);
                texts.add(v == null || v instanceof Number || v instanceof LocalDate || v instanceof String ? null
                        : shownText(view, c, row, i, cells));
            }
            values.add(line);
            shown.add(texts);
        }
        ExportTable.Builder table = ExportTable.named(name);
        List<ExportColumn> kinds = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ExportColumn kind = column(header(columns.get(c)), values, c, view, columns.get(c), row, cells);
            kinds.add(kind);
            table.column(kind);
        }
        for (int r = 0; r < values.size(); r++) {
            List<Object> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String text = shown.get(r).get(c);
                line.add(fit(kinds.get(c), text != null ? text : values.get(r).get(c)));
            }
            table.row(line);
        }
        return table.build();
    }

    /** A value in the kind of its column (a column holding anything but numbers or dates is text). */
    private static Object fit(ExportColumn column, Object v) {
        if (v == null) {
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> v instanceof String s ? s : String.valueOf(v);
            case DATE -> v instanceof LocalDate ? v : null;
            default -> v instanceof Number ? v : null;
        };
    }

    private static <S> ExportColumn column(String header, List<List<Object>> values, int c,
                                           TableView<S> view, TableColumn<S, ?> column, TableRow<S> row,
                                           Map<TableColumn<S, ?>, TableCell<S, ?>> cells) {
        boolean numbers = true;
        boolean dates = true;
        boolean whole = true;
        boolean any = false;
        BigDecimal money = null;
        int first = -1;
        for (int r = 0; r < values.size(); r++) {
            Object v = values.get(r).get(c);
            if (v == null) {
                continue;
            }
            any = true;
            if (first < 0) {
                first = r;
            }
            numbers &= v instanceof Number;
            dates &= v instanceof LocalDate;
            whole &= v instanceof Integer || v instanceof Long;
            if (v instanceof BigDecimal b) {
                money = b;
            }
        }
        if (!any) {
            return new ExportColumn(header, ExportColumn.Kind.TEXT, 0);
        }
        if (dates) {
            return new ExportColumn(header, ExportColumn.Kind.DATE, 0);
        }
        if (!numbers) {
            return new ExportColumn(header, ExportColumn.Kind.TEXT, 0);
        }
        if (whole) {
            return new ExportColumn(header, ExportColumn.Kind.INTEGER, 0);
        }
        String text = shownText(view, column, row, first, cells);
        if (text != null && text.contains("%")) {
            return new ExportColumn(header, ExportColumn.Kind.PERCENT, 1);
        }
        return money != null ? new ExportColumn(header, ExportColumn.Kind.MONEY, 2)
                : new ExportColumn(header, ExportColumn.Kind.NUMBER, 2);
    }

    /** The column's title, or the text of its graphic when the title is a label node. */
    static String header(TableColumn<?, ?> column) {
        String text = column.getText();
        if ((text == null || text.isBlank()) && column.getGraphic() != null) {
            text = graphicText(column.getGraphic());
        }
        if (column.getParentColumn() != null && column.getParentColumn().getText() != null
                && !column.getParentColumn().getText().isBlank()) {
            text = column.getParentColumn().getText() + " · " + (text == null ? "" : text);
        }
        return text == null ? "" : text.strip();
    }

    private static String graphicText(Node graphic) {
        if (graphic instanceof Labeled l) {
            return l.getText();
        }
        if (graphic instanceof javafx.scene.Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                if (n instanceof Label l && l.getText() != null) {
                    return l.getText();
                }
            }
        }
        return null;
    }

    /** The text the column's cell shows for row {@code index} (its cell factory, one cell per column reused). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> String shownText(TableView<S> view, TableColumn<S, ?> column, TableRow<S> row, int index,
                                        Map<TableColumn<S, ?>, TableCell<S, ?>> cells) {
        TableCell cell = cells.computeIfAbsent(column, c -> {
            TableCell<S, ?> made = (TableCell<S, ?>) ((TableColumn) c).getCellFactory().call(c);
            made.updateTableView(view);
            made.updateTableColumn((TableColumn) c);
            return made;
        });
        row.updateIndex(index);
        cell.updateTableRow(row);
        cell.updateIndex(-1);
        cell.updateIndex(index);
        String text = cell.getText();
        if ((text == null || text.isEmpty()) && cell.getGraphic() instanceof Labeled l) {
            text = l.getText();
        }
        return text == null ? "" : text;
    }
}
