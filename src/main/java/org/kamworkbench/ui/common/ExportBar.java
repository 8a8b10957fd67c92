package org.kamworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportTable;

/**
 * An "Export…" button with the sentence of its last export beside it. The file chooser offers
 * Excel (.xlsx) and CSV; the chosen filter decides the format. The sentence goes when the bar is
 * hidden (another tab) or leaves the window (another screen). File › Export… presses the bar that is
 * in view ({@link #pressVisible(Node)}).
 */
public final class ExportBar extends HBox {
    public static final String BUTTON_STYLE = "export-button";

    private final TableExports exports;
    private final Texts texts;
    private final String fileName;
    private final Supplier<Background.Work<ExportTable>> table;
    private final Button button;
    private final List<Parent> watched = new ArrayList<>();
    private final InvalidationListener hidden = o -> clearWhenHidden();

    /**
     * @param fileName the file name proposed (without extension)
     * @param table    what to export, asked when the button is pressed: a ready table ({@code m -> rows}) or work
     *                 that builds it off the UI thread
     */
    public ExportBar(Texts texts, TableExports exports, String fileName, Supplier<Background.Work<ExportTable>> table) {
        super(8);
        this.texts = texts;
        this.exports = exports;
        this.fileName = fileName;
        this.table = table;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("export-bar");
        button = new Button(texts.get("export.button"), Icons.EXPORT.graphic());
        button.getStyleClass().add(BUTTON_STYLE);
        button.setTooltip(new Tooltip(texts.get("export.tooltip")));
        button.setOnAction(e -> choose());
        Label status = new Label();
        status.getStyleClass().add("export-status");
        status.textProperty().bind(exports.statusProperty());
        status.setWrapText(false);
        getChildren().addAll(button, status);
        sceneProperty().addListener((o, was, now) -> {
            exports.clear();
            watchAncestors();
        });
    }

    /** A bar exporting the table view as shown (its visible columns and rows). */
    public static ExportBar ofView(Texts texts, Background background, org.kamworkbench.service.export.ExportService service,
                                   String fileName, javafx.scene.control.TableView<?> view) {
        return new ExportBar(texts, new TableExports(background, texts, () -> service), fileName,
                ready(() -> ViewTables.of(fileName, view)));
    }

    /** A bar exporting a table the service builds off the UI thread. */
    /**
     * The accounts as the export service writes them (ABC class, share, growth of {@code year}'s value, null:
     * the latest complete year), for the Accounts screen.
     */
    public static ExportBar accounts(ScreenContext context, java.util.function.Supplier<Integer> year) {
        org.kamworkbench.service.export.ExportService exports = context.services().exports();
        org.kamworkbench.service.export.ExportTexts exportTexts =
                new org.kamworkbench.service.export.ExportTexts(context.texts().bundle());
        return new ExportBar(context.texts(), new TableExports(context.background(), context.texts(), () -> exports),
                context.texts().get("export.file.accounts"), () -> {
                    Integer chosen = year.get(); // read on the UI thread, when the button is pressed
                    return m -> exports.accounts(chosen, exportTexts);
                });
    }

    /** Every plan with its status, period and progress, for the Account plans screen. */
    public static ExportBar plans(ScreenContext context) {
        org.kamworkbench.service.export.ExportService exports = context.services().exports();
        return ofWork(context.texts(), context.background(), exports, context.texts().get("export.file.plans"),
                m -> exports.plans(new org.kamworkbench.service.export.ExportTexts(context.texts().bundle())));
    }

    public static ExportBar ofWork(Texts texts, Background background, org.kamworkbench.service.export.ExportService service,
                                   String fileName, Background.Work<ExportTable> work) {
        return new ExportBar(texts, new TableExports(background, texts, () -> service), fileName, () -> work);
    }

    /**
     * Puts the bar just above {@code anchor} (a table), in the nearest vertical box holding it; returns the bar.
     * Nothing happens when no vertical box holds the anchor.
     */
    public ExportBar above(Node anchor) {
        Node target = anchor;
        Parent parent = anchor.getParent();
        while (parent != null && !(parent instanceof javafx.scene.layout.VBox)) {
            target = parent;
            parent = parent.getParent();
        }
        if (parent instanceof javafx.scene.layout.VBox box) {
            box.getChildren().add(box.getChildren().indexOf(target), this);
        }
        return this;
    }

    /** A ready table of rows already read (on the UI thread). */
    public static Supplier<Background.Work<ExportTable>> ready(Supplier<ExportTable> rows) {
        return () -> {
            ExportTable t = rows.get();
            return monitor -> t;
        };
    }

    public Button button() {
        return button;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(texts.get("export.xlsxFiles"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(texts.get("export.csvFiles"), "*.csv");
        chooser.getExtensionFilters().addAll(xlsx, csv);
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(fileName + ".xlsx");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        ExportFormat byFilter = chooser.getSelectedExtensionFilter() == csv ? ExportFormat.CSV : ExportFormat.XLSX;
        Path path = file.toPath();
        ExportFormat format = ExportFormat.ofFile(path).orElse(byFilter);
        exports.export(table.get(), format.withExtension(path), format);
    }

    /** Presses the first Export button in view under {@code root}; false when there is none. */
    public static boolean pressVisible(Node root) {
        for (Node n : root.lookupAll("." + BUTTON_STYLE)) {
            if (n instanceof Button b && !b.isDisabled() && treeVisible(b)) {
                b.fire();
                return true;
            }
        }
        return false;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A tab pane hides the content of the tabs not selected: the sentence belongs to the tab it was said on. */
    private void watchAncestors() {
        watched.forEach(p -> p.visibleProperty().removeListener(hidden));
        watched.clear();
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            p.visibleProperty().addListener(hidden);
            watched.add(p);
        }
    }

    private void clearWhenHidden() {
        if (!treeVisible(this)) {
            exports.clear();
        }
    }

}
