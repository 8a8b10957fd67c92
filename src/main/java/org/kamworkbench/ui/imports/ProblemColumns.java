package org.kamworkbench.ui.imports;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kamworkbench.service.imports.ImportProblem;

/** The columns of a problems table: line, column, value, reason. */
final class ProblemColumns {
    private ProblemColumns() {
    }

    static void install(TableView<ImportProblem> table, ProblemListViewModel problems, WizardText text) {
        table.getColumns().setAll(
                column(text.get("problems.line"), 90, p -> text.number(p.line())),
                column(text.get("problems.column"), 190, p -> p.column() == null ? "" : p.column()),
                column(text.get("problems.value"), 190, p -> p.value() == null ? "" : p.value()),
                column(text.get("problems.reason"), 420, ImportProblem::reason));
        table.getColumns().get(0).getStyleClass().add("line-column");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setItems(problems.problems());
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
