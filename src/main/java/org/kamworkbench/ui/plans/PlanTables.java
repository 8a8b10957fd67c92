package org.kamworkbench.ui.plans;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.kamworkbench.ui.common.ExportBar;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.TableColumns;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.plans.ActionsEditor.ActionRow;
import org.kamworkbench.ui.plans.ObjectivesEditor.ObjectiveRow;

/** The plan tab's two tables: their columns (sortable by due date), rows, what they show when empty, export. */
final class PlanTables {
    private PlanTables() {
    }

    static void objectives(Texts texts, TableView<ObjectiveRow> table, ObjectivesEditor objectives) {
        Cols.set(table,
                Cols.sorted(texts.get("plans.col.due"), (ObjectiveRow r) -> r.objective().due(), texts::date, 110),
                TableColumns.text(texts.get("plans.col.horizon"), ObjectiveRow::horizon, 100),
                TableColumns.text(texts.get("plans.col.objective"), (ObjectiveRow r) -> r.objective().title(), 260),
                TableColumns.text(texts.get("plans.col.kpi"), ObjectiveRow::kpi, 130),
                TableColumns.text(texts.get("plans.col.target"),
                        (ObjectiveRow r) -> r.objective().targetShown(texts::groupedDecimal), 120),
                TableColumns.text(texts.get("plans.col.owner"), ObjectiveRow::owner, 140),
                TableColumns.text(texts.get("plans.col.status"), ObjectiveRow::status, 110));
        table.setItems(objectives.rows());
        table.setPlaceholder(new Label(texts.get("plans.noObjectives")));
    }

    /** Overdue actions stand out (plans.css). */
    static void actions(Texts texts, TableView<ActionRow> table, ActionsEditor actions) {
        Cols.set(table,
                Cols.sorted(texts.get("plans.col.due"), (ActionRow r) -> r.action().due(), texts::date, 110),
                TableColumns.text(texts.get("plans.col.what"), (ActionRow r) -> r.action().what(), 230),
                TableColumns.text(texts.get("plans.col.who"), ActionRow::who, 140),
                TableColumns.text(texts.get("plans.col.how"), (ActionRow r) -> r.action().how(), 160),
                TableColumns.text(texts.get("plans.col.status"), ActionRow::status, 110),
                TableColumns.text(texts.get("plans.col.objective"), ActionRow::objective, 160),
                TableColumns.text(texts.get("plans.col.author"), (ActionRow r) -> r.action().author(), 120));
        table.setItems(actions.rows());
        table.setPlaceholder(new Label(texts.get("plans.noActions")));
        table.setRowFactory(t -> new OverdueRow<>(ActionRow::overdue));
    }

    /** Each table can be exported as the user sees it. */
    static void exportBars(ScreenContext context, TableView<ObjectiveRow> objectives, TableView<ActionRow> actions) {
        Texts t = context.texts();
        ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.objectives"),
                objectives).above(objectives);
        ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.planActions"),
                actions).above(actions);
    }
}
