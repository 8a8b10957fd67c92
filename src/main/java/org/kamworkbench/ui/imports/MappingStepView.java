package org.kamworkbench.ui.imports;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Step 3: one row per source column, with the field it goes to; required fields checked off. */
public final class MappingStepView {
    private static final PseudoClass IGNORED = PseudoClass.getPseudoClass("ignored");

    private final ImportWizardViewModel vm;
    private final MappingViewModel mapping;

    @FXML private ScrollPane scroll;
    @FXML private GridPane grid;
    @FXML private VBox requiredList;
    @FXML private Label problem;

    public MappingStepView(ImportWizardViewModel vm) {
        this.vm = vm;
        this.mapping = vm.mapping();
    }

    @FXML
    private void initialize() {
        mapping.columns().addListener((ListChangeListener<ColumnMapping>) change -> buildRows());
        mapping.requiredFields().addListener((ListChangeListener<RequiredField>) change -> buildChecklist());
        buildRows();
        buildChecklist();
        Labels.bindMessage(problem, mapping.problemProperty());
    }

    private void buildRows() {
        grid.getChildren().clear();
        grid.addRow(0, heading("mapping.column"), heading("mapping.example"), heading("mapping.field"));
        StringConverter<String> labels = new StringConverter<>() {
            @Override
            public String toString(String key) {
                return mapping.targetLabel(key);
            }

            @Override
            public String fromString(String label) {
                return mapping.targets().stream().filter(key -> mapping.targetLabel(key).equals(label))
                        .findFirst().orElse(null);
            }
        };
        int row = 1;
        for (ColumnMapping column : mapping.columns()) {
            Label header = new Label(column.header());
            header.getStyleClass().add("mapping-header");
            Label sample = new Label(column.sample());
            sample.getStyleClass().add("mapping-sample");
            ComboBox<String> field = new ComboBox<>(mapping.targets());
            field.setConverter(labels);
            field.setMaxWidth(Double.MAX_VALUE);
            field.setVisibleRowCount(14);
            field.valueProperty().bindBidirectional(column.fieldProperty());
            field.setId("map-" + (row - 1));
            field.setAccessibleText(column.header());
            header.setLabelFor(field);
            if (row == 1) {
                field.getStyleClass().add("initial-focus");
            }
            // An ignored column reads quieter than a mapped one.
            Runnable tone = () -> header.pseudoClassStateChanged(IGNORED, MappingViewModel.IGNORE.equals(column.field()));
            column.fieldProperty().addListener((o, old, now) -> tone.run());
            tone.run();
            grid.addRow(row++, header, sample, field);
        }
        scroll.setVvalue(0);
    }

    private Label heading(String key) {
        Label label = new Label(vm.text().get(key));
        label.getStyleClass().add("grid-heading");
        return label;
    }

    private void buildChecklist() {
        requiredList.getChildren().clear();
        for (RequiredField field : mapping.requiredFields()) {
            Label name = new Label((field.mapped() ? "✓  " : "✗  ") + field.label());
            name.getStyleClass().addAll("required-field", field.mapped() ? "mapped" : "missing");
            Label source = new Label(field.mapped() ? field.column() : vm.text().get("mapping.notChosen"));
            source.getStyleClass().add("required-source");
            source.setWrapText(true);
            source.setMinHeight(Region.USE_PREF_SIZE);
            requiredList.getChildren().add(new VBox(name, source));
        }
    }
}
