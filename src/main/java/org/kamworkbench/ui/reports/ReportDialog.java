package org.kamworkbench.ui.reports;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.report.ReportAudience;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;

/**
 * The "Report…" dialog (account page) and File › Report › Portfolio review…: the choices, then where
 * to save; the report is written in the background (status bar progress) and opened when done. A
 * failure is shown as a sentence.
 */
public final class ReportDialog {
    private final ReportDialogViewModel model;
    private final Texts texts;

    @FXML private GridPane root;
    @FXML private Label audienceLabel;
    @FXML private ComboBox<ReportAudience> audienceBox;
    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label dimensionLabel;
    @FXML private ComboBox<Dimension> dimensionBox;
    @FXML private ComboBox<ReportFormat> formatBox;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private Label errorLabel;

    public ReportDialog(ReportDialogViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    /** Shows the dialog over {@code owner}; returns at once after the save dialog (writing goes on in the background). */
    public void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(model.kind() == ReportDialogViewModel.Kind.PLAN ? "report.plan.title"
                : "report.portfolio.title"));
        dialog.setHeaderText(dialog.getTitle());
        dialog.getDialogPane().setContent(Fxml.load(this, "ReportDialog.fxml", texts));
        ButtonType write = new ButtonType(texts.get("report.write"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(write, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(write).disableProperty()
                .bind(model.yearProperty().isNull().and(yearBox.visibleProperty()));
        model.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && !dialog.isShowing()) {
                alert(owner, Alert.AlertType.ERROR, now);
            }
        });
        model.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && now.contains(File.separator)) {
                alert(owner, Alert.AlertType.INFORMATION, now);
            }
        });
        if (dialog.showAndWait().filter(write::equals).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(dialog.getTitle());
        chooser.setInitialFileName(model.suggestedFileName());
        String ext = "*." + model.formatProperty().get().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext, ext));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.write(file.toPath(), done -> { });
        }
    }

    private void alert(Window owner, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(texts.get("report.title"));
        alert.show();
    }

    @FXML
    private void initialize() {
        boolean plan = model.kind() == ReportDialogViewModel.Kind.PLAN;
        show(audienceLabel, plan);
        show(audienceBox, plan);
        show(yearLabel, !plan);
        show(yearBox, !plan);
        show(dimensionLabel, !plan);
        show(dimensionBox, !plan);
        audienceBox.getItems().setAll(ReportAudience.values());
        audienceBox.setConverter(converter(a -> texts.get("report.audience." + a.key())));
        audienceBox.setButtonCell(new EnumCell<>(audienceBox.getConverter()));
        audienceBox.valueProperty().bindBidirectional(model.audienceProperty());
        formatBox.getItems().setAll(ReportFormat.values());
        formatBox.setConverter(converter(f -> texts.get("report.format." + f.extension())));
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        languageBox.getItems().setAll(model.languages());
        languageBox.setConverter(converter(l -> l.getDisplayLanguage(l)));
        languageBox.valueProperty().bindBidirectional(model.languageProperty());
        yearBox.setItems(model.years());
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        dimensionBox.getItems().setAll(Arrays.asList(Dimension.values()));
        dimensionBox.setConverter(converter(d -> texts.get("report.dimension." + d.key())));
        dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static final class EnumCell<T> extends ListCell<T> {
        private final StringConverter<T> converter;

        EnumCell(StringConverter<T> converter) {
            this.converter = converter;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : converter.toString(item));
        }
    }
}
