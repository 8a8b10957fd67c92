package org.kamworkbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a column must be for its header to show the whole title on at most two lines: the narrowest
 * split of the title's words into two lines, in the header label's font, plus the header's padding and
 * room for the sort arrow when the column can be sorted.
 */
final class HeaderWidth {
    /** The sort arrow, in em of the header's font. */
    private static final double SORT_ARROW_EM = 1.0;

    private HeaderWidth() {
    }

    static double twoLines(TableColumnHeader header, Label label) {
        String title = label.getText() == null ? "" : label.getText().trim();
        Font font = label.getFont();
        boolean sortable = header.getTableColumn() == null || header.getTableColumn().isSortable();
        double padding = header.snappedLeftInset() + header.snappedRightInset() + label.snappedLeftInset()
                + label.snappedRightInset() + (sortable ? SORT_ARROW_EM * font.getSize() : 0);
        return Math.ceil(textTwoLines(title, font) + padding) + 2;
    }

    /** The smallest width at which {@code title} fits on two lines (a single word cannot be broken). */
    static double textTwoLines(String title, Font font) {
        String[] words = title.split("\\s+");
        if (title.isEmpty()) {
            return 0;
        }
        double best = width(title, font);
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
            best = Math.min(best, Math.max(width(first, font), width(second, font)));
        }
        return best;
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
