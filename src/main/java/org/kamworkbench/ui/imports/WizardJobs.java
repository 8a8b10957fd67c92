package org.kamworkbench.ui.imports;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.imports.mapping.Fields;

/**
 * The wizard's three calls to the import service (read the preview, check the file, import it),
 * run off the UI thread one at a time, each outcome handed to the step that shows it.
 */
final class WizardJobs {
    private final ImportService service;
    private final BackgroundWork work;
    private final WizardText text;
    private final FileChoiceViewModel choice;
    private final PreviewViewModel preview;
    private final ReadSettingsViewModel settings;
    private final MappingViewModel mapping;
    private final ValidationViewModel validation;
    private final SummaryViewModel summary;
    private final StepMessages messages;
    private final WizardOptions options;
    private final ReadOnlyObjectWrapper<ImportReport> importReport = new ReadOnlyObjectWrapper<>(this, "importReport");

    WizardJobs(ImportService service, BackgroundWork work, WizardText text, FileChoiceViewModel choice,
            PreviewViewModel preview, ReadSettingsViewModel settings, MappingViewModel mapping,
            ValidationViewModel validation, SummaryViewModel summary, StepMessages messages) {
        this.service = service;
        this.work = work;
        this.text = text;
        this.choice = choice;
        this.preview = preview;
        this.settings = settings;
        this.mapping = mapping;
        this.validation = validation;
        this.summary = summary;
        this.messages = messages;
        this.options = new WizardOptions(choice, settings, mapping, validation);
    }

    /** Reads the preview; a refusal is a sentence, and the preview stays empty. */
    void readPreview(Runnable onCancel) {
        Path file = choice.file();
        ImportKind k = choice.kindProperty().get();
        ImportOptions o = options.forPreview();
        messages.error(null);
        work.start(monitor -> PreviewRead.read(service, file, k, o), this::showPreview, onCancel, e -> {
            clearPreview(); // the settings stay: the user can change the one that failed
            messages.error(text.sentence(e));
        });
    }

    private void showPreview(PreviewRead read) {
        settings.show(read.preview(), read.sheets());
        mapping.load(read.preview());
        preview.show(read.preview());
    }

    /** The file, its kind or preset changed: whatever was read or chosen for the old one goes. */
    void forgetFile() {
        work.abandon();
        clearPreview();
        settings.reset();
        mapping.forgetOverrides();
        messages.error(null);
    }

    private void clearPreview() {
        preview.clear();
        mapping.clear();
        validation.clear();
    }

    /** Checks the whole file with the mapping and choices as they are; nothing is written. */
    void check(Runnable onCancel) {
        Path file = choice.file();
        ImportKind k = choice.kindProperty().get();
        if (k == ImportKind.REVENUE && preview.get() != null) {
            validation.prepareRevenue(mapping.fullMapping().containsValue(Fields.CURRENCY),
                    preview.get().reportingCurrency());
        }
        ImportOptions o = options.forCheckAndImport();
        validation.clear();
        messages.error(null);
        work.start(monitor -> service.validate(file, k, o, monitor), validation::show, onCancel, e -> refused(k, e));
    }

    /** Imports the file; a cancelled import wrote nothing and says so. */
    void importFile(Runnable onDone) {
        Path file = choice.file();
        ImportKind k = choice.kindProperty().get();
        ImportOptions o = options.forCheckAndImport();
        messages.error(null);
        messages.notice(null);
        work.start(monitor -> service.importFile(file, k, o, monitor), report -> {
            importReport.set(report);
            summary.show(report, k);
            onDone.run();
        }, () -> messages.notice(text.get("import.cancelled")), e -> refused(k, e));
    }

    private void refused(ImportKind k, Throwable e) {
        messages.error(text.sentence(e));
        if (k == ImportKind.REVENUE && e instanceof ImportInputException) {
            validation.needModeChoice();
        }
    }

    /** The report of the import once it ran; null before. */
    ReadOnlyObjectProperty<ImportReport> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }
}
