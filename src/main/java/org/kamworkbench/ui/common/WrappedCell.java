package org.kamworkbench.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width (the row grows) instead of ending in "...": for
 * short free texts a reader needs whole, such as a role ("Key account manager") on a projector.
 */
public class WrappedCell<S> extends TableCell<S, String> {
    /** The cell's left and right padding, the largest of the normal and the presentation style. */
    private static final double PADDING = 26;
    private final Text text = new Text();

    public WrappedCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setText(empty ? null : item); // kept for exports and accessibility; the graphic draws it
        setGraphic(empty ? null : graphic(text));
    }

    /** What the cell draws: its wrapped text, or the text with something beside it (an icon). */
    protected Node graphic(Text wrapped) {
        return wrapped;
    }
}
