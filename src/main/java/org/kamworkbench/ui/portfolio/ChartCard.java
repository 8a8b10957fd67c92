package org.kamworkbench.ui.portfolio;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.Texts;

/**
 * A card holding one chart, with "Save as PNG…" and "Copy" buttons (and the same in a context
 * menu) that export the chart as the user sees it.
 */
public final class ChartCard extends VBox {
    private final Node chart;
    private final Texts texts;
    private final ScreenContext context;
    private final Label status = new Label();

    public ChartCard(String title, Node chart, ScreenContext context) {
        this.chart = chart;
        this.texts = context.texts();
        this.context = context;
        getStyleClass().addAll("portfolio-card", "chart-card");
        Label heading = new Label(title);
        heading.getStyleClass().add("card-heading");
        heading.setWrapText(true);
        Button save = new Button(texts.get("portfolio.chart.save"));
        save.getStyleClass().add("small");
        save.setOnAction(e -> save());
        Button copy = new Button(texts.get("portfolio.chart.copy"));
        copy.getStyleClass().add("small");
        copy.setOnAction(e -> copy());
        status.getStyleClass().add("chart-status");
        save.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(0);
        heading.setMinHeight(Region.USE_PREF_SIZE); // a long title wraps onto a second line, never cut
        HBox.setHgrow(heading, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, status, save, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        MenuItem saveItem = new MenuItem(texts.get("portfolio.chart.save"));
        saveItem.setOnAction(e -> save());
        MenuItem copyItem = new MenuItem(texts.get("portfolio.chart.copy"));
        copyItem.setOnAction(e -> copy());
        ContextMenu menu = new ContextMenu(saveItem, copyItem);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, chart);
    }

    /** The chart as an image, at its size on screen. */
    public WritableImage snapshot() {
        SnapshotParameters params = new SnapshotParameters();
        return chart.snapshot(params, null);
    }

    /** Puts the chart on the clipboard as an image. */
    public void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(texts.get("portfolio.chart.copied"));
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("portfolio.chart.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("portfolio.chart.pngFiles"),
                "*.png"));
        chooser.setInitialFileName("chart.png");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            Pixels pixels = Pixels.of(snapshot());
            context.background().run(texts.get("portfolio.chart.save"), monitor -> {
                pixels.writeTo(context.services().files(), file.toPath());
                return file;
            }, saved -> status.setText(texts.format("portfolio.chart.saved", saved.getName())),
                    failure -> status.setText(texts.format("portfolio.chart.saveFailed", file.toString())));
        }
    }

    /** Writes the chart to {@code file} as PNG at once; false when the file cannot be written. */
    public boolean writePng(Path file) {
        try {
            Pixels.of(snapshot()).writeTo(context.services().files(), file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A snapshot's pixels, taken on the UI thread, to be written anywhere. */
    private record Pixels(int width, int height, int[] argb) {
        static Pixels of(WritableImage image) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return new Pixels(w, h, argb);
        }

        void writeTo(LocalFiles files, Path file) throws IOException {
            files.writePng(file, width, height, argb);
        }
    }
}
