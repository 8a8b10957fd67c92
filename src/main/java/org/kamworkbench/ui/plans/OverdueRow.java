package org.kamworkbench.ui.plans;

import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A table row with the {@code :overdue} pseudo-class when its item is overdue, so it stands out (plans.css). */
final class OverdueRow<T> extends TableRow<T> {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final Predicate<T> overdue;

    OverdueRow(Predicate<T> overdue) {
        this.overdue = overdue;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(OVERDUE, !empty && item != null && overdue.test(item));
    }
}
