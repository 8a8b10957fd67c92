package org.kamworkbench.ui.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.Window;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.ui.common.Background;

/**
 * The import wizard: file → preview → mapping → validation → import with progress → summary.
 * Its texts come from its own bundle ({@code ui/imports/wizard*.properties}), in the language of
 * the shell's bundle.
 */
public final class ImportWizard {
    private final ImportService service;
    private final ResourceBundle bundle;
    private final Background background;
    private final LocalFiles files;

    public ImportWizard(ImportService service, Background background, LocalFiles files, ResourceBundle bundle) {
        this.service = service;
        this.background = background;
        this.files = files;
        this.bundle = bundle;
    }

    /** Shows the wizard, modal over {@code owner}; the report of the import it ran, if any. */
    public Optional<ImportReport> showAndWait(Window owner, ImportKind initialKind) {
        ImportWizardWindow window = ImportWizardWindow.create(service, WizardText.load(locale()), background, files,
                owner, initialKind);
        window.stage().showAndWait();
        return window.viewModel().result();
    }

    /** The shell's language; its base bundle has no locale of its own, then the user's is used. */
    private Locale locale() {
        if (bundle != null && !bundle.getLocale().getLanguage().isEmpty()) {
            return bundle.getLocale();
        }
        return Locale.getDefault();
    }
}
