package org.kamworkbench.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kamworkbench.service.imports.ImportKind;

/** Step 1: the kind of data, the file (typed, browsed or dropped) and, for accounts, the CRM. */
public final class ChooseFileStepView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ImportWizardViewModel vm;
    private final WizardText text;
    private final FileChoiceViewModel choice;
    private final ToggleGroup kinds = new ToggleGroup();

    @FXML private VBox root;
    @FXML private RadioButton accountsKind;
    @FXML private RadioButton revenueKind;
    @FXML private RadioButton fxKind;
    @FXML private RadioButton inflationKind;
    @FXML private RadioButton contactsKind;
    @FXML private TextField filePath;
    @FXML private ComboBox<AccountPreset> preset;
    @FXML private VBox presetGroup;
    @FXML private Label error;

    public ChooseFileStepView(ImportWizardViewModel vm) {
        this.vm = vm;
        this.text = vm.text();
        this.choice = vm.choice();
    }

    @FXML
    private void initialize() {
        Map<ImportKind, RadioButton> buttons = Map.of(ImportKind.ACCOUNTS, accountsKind, ImportKind.REVENUE,
                revenueKind, ImportKind.FX, fxKind, ImportKind.INFLATION, inflationKind, ImportKind.CONTACTS,
                contactsKind);
        buttons.forEach((kind, button) -> {
            button.setToggleGroup(kinds);
            button.setUserData(kind);
            // The whole card is the choice: a click anywhere selects it, the selected one is marked.
            Node card = button.getParent();
            card.setOnMouseClicked(event -> button.setSelected(true));
            button.selectedProperty().addListener((o, old, now) -> card.pseudoClassStateChanged(SELECTED, now));
        });
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                choice.kindProperty().set((ImportKind) now.getUserData());
            }
        });
        choice.kindProperty().addListener((o, old, now) -> buttons.get(now).setSelected(true));
        buttons.get(choice.kindProperty().get()).setSelected(true);

        filePath.textProperty().bindBidirectional(choice.filePathProperty());
        preset.getItems().setAll(AccountPreset.values());
        preset.setConverter(Labels.converter(text));
        preset.valueProperty().bindBidirectional(choice.presetProperty());
        presetGroup.visibleProperty().bind(choice.kindProperty().isEqualTo(ImportKind.ACCOUNTS));
        presetGroup.managedProperty().bind(presetGroup.visibleProperty());
        Labels.bindMessage(error, vm.messages().errorProperty());
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("choose.fileChooser"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(text.get("choose.filterTables"), "*.csv", "*.txt", "*.xlsx",
                        "*.CSV", "*.TXT", "*.XLSX"),
                new FileChooser.ExtensionFilter(text.get("choose.filterAll"), "*.*"));
        choice.folderOfCurrentFile().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            choice.filePathProperty().set(chosen.getAbsolutePath());
        }
    }


    @FXML
    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
            event.acceptTransferModes(TransferMode.COPY);
            root.getStyleClass().add("drag-target");
        }
        event.consume();
    }

    @FXML
    private void dragExited(DragEvent event) {
        root.getStyleClass().remove("drag-target");
    }

    @FXML
    private void dragDropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1;
        if (done) {
            choice.filePathProperty().set(event.getDragboard().getFiles().get(0).getAbsolutePath());
        }
        event.setDropCompleted(done);
        event.consume();
    }
}
