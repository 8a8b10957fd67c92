package org.kamworkbench.ui.imports;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.Window;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;

/**
 * The import wizard: file → preview → mapping → validation → import with progress → summary.
 * (API fixed for the shell; the wizard itself is being built on branch wizard.)
 */
public final class ImportWizard {
    private final ImportService service;
    private final ResourceBundle bundle;

    public ImportWizard(ImportService service, ResourceBundle bundle) {
        this.service = service;
        this.bundle = bundle;
    }

    /** Shows the wizard, modal over {@code owner}; the report of the import it ran, if any. */
    public Optional<ImportReport> showAndWait(Window owner, ImportKind initialKind) {
        return Optional.empty();
    }
}
