package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.ui.common.Background;

/** Builds the wizard's modal stage on a view model: FXML, stylesheet, closing rules. */
final class ImportWizardWindow {
    private final ImportWizardViewModel viewModel;
    private final Stage stage;

    private ImportWizardWindow(ImportWizardViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        this.stage = stage;
    }

    static ImportWizardWindow create(ImportService service, WizardText text, Background background, LocalFiles files,
            Window owner, ImportKind initialKind) {
        ImportWizardViewModel vm = new ImportWizardViewModel(service, background, files, text);
        if (initialKind != null) {
            vm.choice().kindProperty().set(initialKind);
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(text.get("wizard.title"));
        Scene scene = new Scene(load(vm, text));
        scene.getStylesheets().add(ImportWizardWindow.class.getResource("wizard.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(600);
        // Closing the window during an import stops it first: the import must end cleanly.
        stage.setOnCloseRequest(event -> {
            event.consume();
            vm.requestClose();
        });
        vm.closedProperty().addListener((o, old, closed) -> {
            if (closed) {
                stage.close();
            }
        });
        return new ImportWizardWindow(vm, stage);
    }

    private static Parent load(ImportWizardViewModel vm, WizardText text) {
        FXMLLoader loader = new FXMLLoader(ImportWizardWindow.class.getResource("ImportWizardView.fxml"),
                text.bundle());
        // Every controller of the wizard takes the view model; nested FXMLs share this factory.
        loader.setControllerFactory(type -> {
            try {
                Constructor<?> constructor = type.getConstructor(ImportWizardViewModel.class);
                return constructor.newInstance(vm);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create controller " + type.getName(), e);
            }
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the wizard's FXML cannot be loaded", e);
        }
    }

    ImportWizardViewModel viewModel() {
        return viewModel;
    }

    Stage stage() {
        return stage;
    }
}
