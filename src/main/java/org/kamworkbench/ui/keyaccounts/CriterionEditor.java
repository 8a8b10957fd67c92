package org.kamworkbench.ui.keyaccounts;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;

/** Builds the editor controls of the criteria grid: a header row, then one row of controls per criterion. */
final class CriterionEditor {
    private final Texts texts;
    private final GridPane grid;

    CriterionEditor(Texts texts, GridPane grid) {
        this.texts = texts;
        this.grid = grid;
    }

    void header() {
        String[] keys = {"keys.col.name", "keys.col.axis", "keys.col.weight", "", "keys.col.scale", "keys.col.source",
            "keys.col.levels", "", ""};
        for (int c = 0; c < keys.length; c++) {
            if (!keys[c].isEmpty()) {
                Label l = new Label(texts.get(keys[c]));
                l.getStyleClass().add("criteria-header");
                grid.add(l, c, 0);
            }
        }
    }

    /** Adds the controls of {@code row} at grid row {@code index + 1}. */
    void add(CriterionRow row, int index, Runnable remove) {
        int r = index + 1;
        TextField name = new TextField();
        name.textProperty().bindBidirectional(row.nameProperty());
        name.setPrefWidth(200);
        name.setId("name-" + index);
        ComboBox<Axis> axis = combo(Axis.values(), row.axisProperty(), a -> texts.get("keys.axis." + a.code()));
        Slider slider = new Slider(0, 100, row.weightProperty().get());
        slider.valueProperty().bindBidirectional(row.weightProperty());
        slider.setPrefWidth(160);
        slider.setBlockIncrement(1);
        slider.setId("slider-" + index);
        Spinner<Double> weight = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, row.weightProperty().get(), 1);
        weight.setValueFactory(factory);
        ObjectProperty<Double> boxed = row.weightProperty().asObject();
        weight.getProperties().put("weight", boxed); // keeps the bidirectional binding alive
        factory.valueProperty().bindBidirectional(boxed);
        weight.setEditable(true);
        weight.setPrefWidth(96);
        weight.setId("weight-" + index);
        ComboBox<Integer> scale = new ComboBox<>(FXCollections.observableArrayList(5, 10));
        scale.valueProperty().bindBidirectional(row.scaleProperty());
        scale.setConverter(converter(s -> "1–" + s));
        ComboBox<CriterionSource> source = combo(CriterionSource.values(), row.sourceProperty(),
                s -> texts.get("keys.source." + s.code()));
        TextField thresholds = new TextField();
        thresholds.textProperty().bindBidirectional(row.thresholdsProperty());
        thresholds.setPromptText(texts.get("keys.thresholds.prompt"));
        thresholds.setTooltip(new Tooltip(texts.get("keys.thresholds.help")));
        thresholds.setPrefWidth(220);
        CheckBox quantiles = new CheckBox(texts.get("keys.quantiles"));
        quantiles.selectedProperty().bindBidirectional(row.quantilesProperty());
        ComboBox<GrowthKind> growth = combo(GrowthKind.values(), row.growthProperty(),
                g -> texts.get("keys.growth." + g.name().toLowerCase(Locale.ROOT)));
        Runnable enable = () -> {
            boolean isManual = row.sourceProperty().get().manual();
            thresholds.setDisable(isManual || row.quantilesProperty().get());
            quantiles.setDisable(isManual);
            growth.setVisible(row.sourceProperty().get() == CriterionSource.GROWTH);
        };
        row.sourceProperty().addListener(o -> enable.run());
        row.quantilesProperty().addListener(o -> enable.run());
        enable.run();
        HBox levels = new HBox(6, thresholds, quantiles, growth);
        levels.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Button anchors = new Button(texts.get("keys.anchors.edit"));
        anchors.setOnAction(e -> editAnchors(row));
        Button delete = new Button(null, Icons.DELETE.graphic());
        delete.setTooltip(new Tooltip(texts.get("keys.criterion.remove")));
        delete.getStyleClass().add("flat");
        delete.setOnAction(e -> remove.run());
        name.setPrefWidth(190);
        axis.setPrefWidth(160);
        slider.setPrefWidth(150);
        weight.setPrefWidth(100);
        scale.setPrefWidth(90);
        source.setPrefWidth(230);
        growth.setPrefWidth(110);
        for (javafx.scene.layout.Region control : java.util.List.of(name, axis, slider, weight, scale, source, thresholds,
                quantiles, growth, anchors, delete)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        grid.addRow(r, name, axis, slider, weight, scale, source, levels, anchors, delete);
    }

    /** Description and one anchor text per level, in a dialog (Enter in the text area is a new line). */
    private void editAnchors(CriterionRow row) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(grid.getScene() == null ? null : grid.getScene().getWindow());
        dialog.setTitle(texts.format("keys.anchors.title", row.nameProperty().get()));
        TextField description = new TextField(row.descriptionProperty().get());
        TextArea anchors = new TextArea(row.anchorsProperty().get());
        anchors.setPrefRowCount(row.scaleProperty().get());
        VBox content = new VBox(8, new Label(texts.get("keys.anchors.description")), description,
                new Label(texts.format("keys.anchors.help", row.scaleProperty().get())), anchors);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            row.descriptionProperty().set(description.getText());
            row.anchorsProperty().set(anchors.getText());
        });
    }

    private <T> ComboBox<T> combo(T[] values, ObjectProperty<T> property, java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.valueProperty().bindBidirectional(property);
        box.setConverter(converter(label));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // the combos are not editable
            }
        };
    }
}
