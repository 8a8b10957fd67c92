package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.ImportPreview;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.ui.common.Background;

/**
 * The import wizard's state and commands: choose file → preview → mapping → validation → import
 * → summary. Slow work runs through the {@link Background}; one piece at a time ({@link #work()}).
 * Errors arrive as sentences in {@link #errorProperty()}, never as exceptions.
 */
public final class ImportWizardViewModel {
    private final ImportService service;
    private final WizardText text;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.CHOOSE);
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.ACCOUNTS);
    private final StringProperty filePath = new SimpleStringProperty(this, "filePath", "");
    private final ObjectProperty<AccountPreset> preset = new SimpleObjectProperty<>(this, "preset", AccountPreset.AUTO);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ReadSettingsViewModel settings;
    private final MappingViewModel mapping;
    private final ValidationViewModel validation;
    private final SummaryViewModel summary;
    private final ReadOnlyObjectWrapper<ImportReport> importReport = new ReadOnlyObjectWrapper<>(this, "importReport");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final StringBinding nextText;
    private boolean closeWhenStopped;

    private final LocalFiles files;

    public ImportWizardViewModel(ImportService service, Background background, LocalFiles files, WizardText text) {
        this.service = service;
        this.text = text;
        this.files = files;
        this.work = new BackgroundWork(background, text);
        this.settings = new ReadSettingsViewModel(text);
        this.mapping = new MappingViewModel(text);
        this.validation = new ValidationViewModel(text);
        this.summary = new SummaryViewModel(text);
        settings.onUserChange(this::readPreview);
        validation.onOptionChange(() -> {
            if (step.get() == WizardStep.VALIDATION) {
                validate();
            }
        });
        // Change (not invalidation) listeners: they fire on every change, read or not.
        kind.addListener((o, old, now) -> forgetFile());
        filePath.addListener((o, old, now) -> forgetFile());
        preset.addListener((o, old, now) -> forgetFile());
        step.addListener((o, old, now) -> {
            error.set(null);
            notice.set(null);
        });
        work.afterOutcome(() -> {
            if (closeWhenStopped) {
                closed.set(true);
            }
        });
        Observable[] navigation = {step, kind, filePath, preview, work.busyProperty(), mapping.completeProperty(),
                validation.canImportProperty(), importReport};
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, navigation);
        canGoBack = Bindings.createBooleanBinding(this::backAllowed, navigation);
        nextText = Bindings.createStringBinding(() -> text.get(switch (step.get()) {
            case VALIDATION, IMPORT -> "button.import";
            case SUMMARY -> "button.close";
            default -> "button.next";
        }), step);
    }

    private boolean nextAllowed() {
        return switch (step.get()) {
            case CHOOSE -> kind.get() != null && !filePath.get().isBlank();
            case PREVIEW -> !work.isBusy() && preview.get() != null;
            case MAPPING -> mapping.completeProperty().get();
            case VALIDATION -> !work.isBusy() && validation.canImportProperty().get();
            case IMPORT -> !work.isBusy() && importReport.get() == null;
            case SUMMARY -> true;
        };
    }

    private boolean backAllowed() {
        return switch (step.get()) {
            case PREVIEW, MAPPING, VALIDATION -> true;
            case IMPORT -> !work.isBusy();
            case CHOOSE, SUMMARY -> false;
        };
    }

    /** Next (Enter): moves on, starting the work the next step needs. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case CHOOSE -> leaveChoose();
            case PREVIEW -> step.set(WizardStep.MAPPING);
            case MAPPING -> {
                step.set(WizardStep.VALIDATION);
                validate();
            }
            case VALIDATION, IMPORT -> {
                step.set(WizardStep.IMPORT);
                runImport();
            }
            case SUMMARY -> closed.set(true);
        }
    }

    /** Back: the previous step; reading or checking in progress is dropped (it wrote nothing). */
    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        switch (step.get()) {
            case PREVIEW -> {
                work.abandon();
                step.set(WizardStep.CHOOSE);
            }
            case MAPPING -> step.set(WizardStep.PREVIEW);
            case VALIDATION -> {
                work.abandon();
                step.set(WizardStep.MAPPING);
            }
            case IMPORT -> step.set(WizardStep.VALIDATION);
            default -> { }
        }
    }

    /**
     * Cancel (Esc): closes the wizard when nothing runs. A running import is asked to stop and
     * reports back (it must roll back); reading or checking wrote nothing, so it is dropped and
     * the wizard goes back a step.
     */
    public void cancel() {
        if (!work.isBusy()) {
            closed.set(true);
        } else if (step.get() == WizardStep.IMPORT) {
            work.cancel();
        } else {
            back();
        }
    }

    /** The window is being closed: a running import is stopped first, then the wizard closes. */
    public void requestClose() {
        if (work.isBusy() && step.get() == WizardStep.IMPORT) {
            closeWhenStopped = true;
            work.cancel();
        } else {
            work.abandon();
            closed.set(true);
        }
    }

    private void leaveChoose() {
        Optional<String> problem = ChosenFile.problem(filePath.get(), text, files);
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        step.set(WizardStep.PREVIEW);
        if (preview.get() == null) {
            readPreview();
        }
    }

    /** The folder of the file typed so far, to open the file chooser in; empty when there is none. */
    Optional<Path> folderOfCurrentFile() {
        try {
            Path parent = ChosenFile.parse(filePath.get()).toAbsolutePath().getParent();
            return parent != null && files.kind(parent) == LocalFiles.Kind.FOLDER ? Optional.of(parent)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Path file() {
        return ChosenFile.parse(filePath.get());
    }

    private void forgetFile() {
        work.abandon();
        clearPreview();
        settings.reset();
        mapping.forgetOverrides();
        error.set(null);
    }

    private void clearPreview() {
        preview.set(null);
        previewHeader.clear();
        previewRows.clear();
        mapping.clear();
        validation.clear();
    }

    private void readPreview() {
        Path file = file();
        ImportKind k = kind.get();
        ImportOptions options = options(true);
        error.set(null);
        work.start(monitor -> {
            ImportPreview p = service.preview(file, k, options);
            List<String> sheets = p.format().kind() == TableFormat.Kind.XLSX ? sheetsOf(file) : List.of();
            return new PreviewRead(p, sheets);
        }, this::showPreview, () -> step.set(WizardStep.CHOOSE), e -> {
            clearPreview(); // the settings stay: the user can change the one that failed
            error.set(text.sentence(e));
        });
    }

    private record PreviewRead(ImportPreview preview, List<String> sheets) {
    }

    private static List<String> sheetsOf(Path file) {
        try {
            return WorkbookSheets.names(file);
        } catch (IOException e) {
            return List.of(); // the sheet the service read is still offered
        }
    }

    private void showPreview(PreviewRead read) {
        ImportPreview p = read.preview();
        previewRows.setAll(p.sampleRows());
        previewHeader.setAll(p.header()); // after the rows: the table sizes its columns by both
        settings.show(p, read.sheets());
        mapping.load(p);
        preview.set(p);
    }

    private void validate() {
        Path file = file();
        ImportKind k = kind.get();
        if (k == ImportKind.REVENUE && preview.get() != null) {
            validation.prepareRevenue(mapping.fullMapping().containsValue(Fields.CURRENCY),
                    preview.get().reportingCurrency());
        }
        ImportOptions options = options(false);
        validation.clear();
        error.set(null);
        work.start(monitor -> service.validate(file, k, options, monitor), validation::show,
                () -> step.set(WizardStep.MAPPING), e -> refused(k, e));
    }

    private void runImport() {
        Path file = file();
        ImportKind k = kind.get();
        ImportOptions options = options(false);
        error.set(null);
        notice.set(null);
        work.start(monitor -> service.importFile(file, k, options, monitor), report -> {
            importReport.set(report);
            summary.show(report, k);
            step.set(WizardStep.SUMMARY);
        }, () -> notice.set(text.get("import.cancelled")), e -> refused(k, e));
    }

    private void refused(ImportKind k, Throwable e) {
        error.set(text.sentence(e));
        if (k == ImportKind.REVENUE && e instanceof ImportInputException) {
            validation.needModeChoice();
        }
    }

    /** The options for the service: user overrides of reading, mapping, and the step 4 choices. */
    ImportOptions options(boolean forPreview) {
        ImportKind k = kind.get();
        return new ImportOptions(
                k == ImportKind.ACCOUNTS ? preset.get().optionValue() : null,
                forPreview ? mapping.overrides() : mapping.fullMapping(),
                settings.delimiterOverride(),
                settings.decimalOverride(),
                settings.datePatternOverride(),
                settings.encodingOverride(),
                settings.sheetOverride(),
                validation.skipInvalidProperty().get(),
                k == ImportKind.REVENUE ? validation.revenueModeProperty().get() : null,
                k == ImportKind.FX && validation.inverseRatesProperty().get())
                .withCurrency(k == ImportKind.REVENUE ? validation.currencyOption() : null)
                .withCreateAccounts(k == ImportKind.REVENUE && validation.createAccountsProperty().get());
    }

    /**
     * From the check of a revenue file that has years without FX rates: the wizard starts over as an
     * FX import (the revenue file is not imported; the user comes back to it once the rates are in).
     */
    public void importFxRates() {
        work.abandon();
        kind.set(ImportKind.FX);
        step.set(WizardStep.CHOOSE);
    }

    /** The report of the import, when it wrote something: what showAndWait returns. */
    public Optional<ImportReport> result() {
        return Optional.ofNullable(importReport.get()).filter(ImportReport::applied);
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public ObjectProperty<AccountPreset> presetProperty() {
        return preset;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> previewHeader() {
        return previewHeader;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ReadSettingsViewModel settings() {
        return settings;
    }

    public MappingViewModel mapping() {
        return mapping;
    }

    public ValidationViewModel validation() {
        return validation;
    }

    public SummaryViewModel summary() {
        return summary;
    }

    public BackgroundWork work() {
        return work;
    }

    public WizardText text() {
        return text;
    }

    public ReadOnlyObjectProperty<ImportReport> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    /** What went wrong in the current step, as a sentence; null when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Information for the current step ("Import cancelled; the workspace is unchanged."). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True once the wizard should close. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** "Next", "Import" or "Close", by step. */
    public StringBinding nextTextProperty() {
        return nextText;
    }
}
