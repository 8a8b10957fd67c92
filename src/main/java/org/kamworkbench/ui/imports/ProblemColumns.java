package org.kamworkbench.ui.imports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.kamworkbench.service.imports.ImportProblem;

/** The columns of a problems table: line, column, value, reason. */
final class ProblemColumns {
    private ProblemColumns() {
    }

    static void install(TableView<ImportProblem> table, ProblemListViewModel problems, WizardText text) {
        TableColumn<ImportProblem, String> value = column(text.get("problems.value"), 190,
                p -> p.value() == null ? "" : p.value());
        TableColumn<ImportProblem, String> reason = column(text.get("problems.reason"), 420,
                p -> p.reason(text.locale()));
        value.setCellFactory(ProblemColumns::wrapping);
        reason.setCellFactory(ProblemColumns::wrapping);
        table.getColumns().setAll(
                column(text.get("problems.line"), 90, p -> text.number(p.line())),
                column(text.get("problems.column"), 190, p -> p.column() == null ? "" : p.column()),
                value, reason);
        table.getColumns().get(0).getStyleClass().add("line-column");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setItems(problems.problems());
    }

    /** A cell that wraps long text (a reason is a sentence) instead of cutting it off. */
    private static TableCell<ImportProblem, String> wrapping(TableColumn<ImportProblem, String> column) {
        TableCell<ImportProblem, String> cell = new TableCell<>();
        Text text = new Text();
        text.getStyleClass().add("wrapping-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
        text.textProperty().bind(cell.itemProperty());
        cell.setGraphic(text);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
        return cell;
    }

    private static TableColumn<ImportProblem, String> column(String title, double width,
            Function<ImportProblem, String> value) {
        TableColumn<ImportProblem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
