package org.kamworkbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * Text that stays readable in every screen of a window, whatever its size and font (presentation mode on a
 * 1280×720 projector): a column header wraps its title onto its second line (app.css gives headers two
 * lines), its column is never narrower than that title needs on two lines in the header's current font,
 * and it carries the full title as a tooltip; a button never shrinks below its text. One mechanism for the whole window, so screens build their tables and forms as they like and never
 * show "Relationshi…" or a "Save" button drawn as "...".
 */
public final class Readability {
    private static final String DONE = Readability.class.getName();
    /** Headers appear when a screen or tab is first shown: looking for new ones a few times a second is enough. */
    private static final long SCAN_INTERVAL_NANOS = 200_000_000L;

    private Readability() {
    }

    /** Keeps the headers and buttons shown in {@code scene} readable, including those of screens added later. */
    public static void keepReadable(Scene scene) {
        long[] lastScan = {Long.MIN_VALUE};
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (lastScan[0] != Long.MIN_VALUE && now - lastScan[0] < SCAN_INTERVAL_NANOS) {
                Platform.requestNextPulse(); // headers made by this layout are scanned at the next turn
                return;
            }
            lastScan[0] = now;
            if (scene.getRoot() != null) {
                scan(scene.getRoot());
            }
        });
    }

    private static void scan(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof TableColumnHeader header) {
                readable(header);
            } else if (child instanceof Button button && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
            if (child instanceof Parent p && child.isVisible()) {
                scan(p);
            }
        }
    }

    /** Makes one header wrap its title, keeps its column wide enough for two lines, shows the title as a tooltip. */
    public static void readable(TableColumnHeader header) {
        if (header.getProperties().containsKey(DONE)) {
            return;
        }
        for (Node child : header.getChildrenUnmodifiable()) {
            if (child instanceof Label label) {
                header.getProperties().put(DONE, Boolean.TRUE);
                label.setWrapText(true);
                label.setTextAlignment(TextAlignment.CENTER);
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(label.textProperty());
                label.setTooltip(tooltip);
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column != null && column.getColumns().isEmpty()) {
                    double ownMin = column.getMinWidth();
                    Runnable fit = () -> {
                        double min = Math.max(ownMin, HeaderWidth.twoLines(header, label));
                        if (min != column.getMinWidth()) {
                            column.setMinWidth(min);
                            refit(column);
                        }
                    };
                    label.fontProperty().addListener(o -> fit.run());
                    label.textProperty().addListener(o -> fit.run());
                    fit.run();
                }
            }
        }
    }

    /**
     * A constrained table fits its columns to its width only when that width changes: a minimum raised after
     * its first layout would push its last column out of view. Resizing the column by a pixel and back makes
     * the policy fit them all again.
     */
    private static void refit(TableColumnBase<?, ?> column) {
        if (column instanceof TableColumn<?, ?> tableColumn && tableColumn.getTableView() != null
                && tableColumn.getTableView().getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            Platform.runLater(() -> nudge(tableColumn));
        }
    }

    private static <S> void nudge(TableColumn<S, ?> column) {
        TableView<S> table = column.getTableView();
        if (table != null) {
            table.resizeColumn(column, 1);
            table.resizeColumn(column, -1);
        }
    }
}
