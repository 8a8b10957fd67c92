package org.kamworkbench.ui.imports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kamworkbench.service.imports.ImportKind;

/** Step 2: how the file is read (editable) and its first rows. */
public final class PreviewStepView {
    private final ImportWizardViewModel vm;
    private final ReadSettingsViewModel settings;

    @FXML private VBox encodingGroup;
    @FXML private VBox delimiterGroup;
    @FXML private VBox sheetGroup;
    @FXML private VBox recognisedGroup;
    @FXML private ComboBox<String> encoding;
    @FXML private ComboBox<CsvDelimiter> delimiter;
    @FXML private ComboBox<String> sheet;
    @FXML private ComboBox<DecimalSeparator> decimal;
    @FXML private ComboBox<String> datePattern;
    @FXML private Label recognisedPreset;
    @FXML private TableView<List<String>> rows;
    @FXML private VBox reading;
    @FXML private Label error;

    public PreviewStepView(ImportWizardViewModel vm) {
        this.vm = vm;
        this.settings = vm.settings();
    }

    @FXML
    private void initialize() {
        encoding.setItems(settings.encodings());
        encoding.valueProperty().bindBidirectional(settings.encodingProperty());
        delimiter.getItems().setAll(CsvDelimiter.values());
        delimiter.setConverter(Labels.converter(vm.text()));
        delimiter.valueProperty().bindBidirectional(settings.delimiterProperty());
        sheet.setItems(settings.sheets());
        sheet.valueProperty().bindBidirectional(settings.sheetProperty());
        decimal.getItems().setAll(DecimalSeparator.values());
        decimal.setConverter(Labels.converter(vm.text()));
        decimal.valueProperty().bindBidirectional(settings.decimalProperty());
        datePattern.setItems(settings.datePatterns());
        datePattern.valueProperty().bindBidirectional(settings.datePatternProperty());
        datePattern.disableProperty().bind(settings.hasDatesProperty().not());

        showWhen(encodingGroup, settings.spreadsheetProperty().not());
        showWhen(delimiterGroup, settings.spreadsheetProperty().not());
        showWhen(sheetGroup, settings.spreadsheetProperty());
        recognisedPreset.textProperty().bind(settings.recognisedPresetProperty());
        showWhen(recognisedGroup, vm.choice().kindProperty().isEqualTo(ImportKind.ACCOUNTS)
                .and(settings.recognisedPresetProperty().isNotEmpty()));

        rows.setItems(vm.preview().rows());
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.preview().header().addListener((ListChangeListener<String>) change -> buildColumns());
        buildColumns();
        reading.visibleProperty().bind(vm.work().busyProperty());
        rows.disableProperty().bind(vm.work().busyProperty());
        Labels.bindMessage(error, vm.messages().errorProperty());
    }

    private static void showWhen(VBox group, ObservableBooleanValue condition) {
        group.visibleProperty().bind(condition);
        group.managedProperty().bind(condition);
    }

    /** Wide enough for the (bold) header and the sample values, within reason. */
    private double widthFor(String header, int index) {
        int chars = 0;
        for (List<String> row : vm.preview().rows()) {
            if (index < row.size()) {
                chars = Math.max(chars, row.get(index).length());
            }
        }
        double width = Math.max(32 + 10.5 * header.length(), 30 + 9 * chars);
        return Math.min(Math.max(width, 90), 380);
    }

    private void buildColumns() {
        rows.getColumns().clear();
        List<String> header = List.copyOf(vm.preview().header());
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(widthFor(header.get(i), index));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            rows.getColumns().add(column);
        }
    }
}
