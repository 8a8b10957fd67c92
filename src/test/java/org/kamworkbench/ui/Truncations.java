package org.kamworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * Finds what the user cannot read whole: a label, button, tab, column header, combo-box value or list row
 * whose drawn text is not its text (the skin cut it and put "..." in). Table and tree data cells are left
 * out: a long account name in a resizable column is cut by design and shows whole on the account page.
 */
public final class Truncations {
    private Truncations() {
    }

    /** "text (drawn as: shown)" for every truncated text shown under {@code root}. Call on the FX thread. */
    public static List<String> under(Parent root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Parent parent, List<String> found) {
        if (!parent.isVisible()) {
            return;
        }
        if (parent instanceof Labeled labeled && shows(labeled)) {
            String full = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && child.isVisible() && drawn.getText() != null
                        && !normalize(drawn.getText()).equals(normalize(full))
                        && (drawn.getText().endsWith(labeled.getEllipsisString()) || drawn.getText().isEmpty())) {
                    found.add(labeled.getClass().getSimpleName() + " '" + full + "' drawn as '" + drawn.getText() + "'");
                }
            }
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                collect(p, found);
            }
        }
    }

    private static boolean shows(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isBlank()) {
            return false;
        }
        return !(labeled instanceof Cell<?>) || labeled instanceof ListCell<?>;
    }

    /** Wrapped text is drawn with line breaks where the words were spaces. */
    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
