package org.kamworkbench.ui.imports;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableObjectValue;
import org.kamworkbench.service.imports.ImportReport;

/** When the wizard's Next and Back buttons may be pressed in each step, and what Next says there. */
final class StepButtons {
    private final ObservableObjectValue<WizardStep> step;
    private final FileChoiceViewModel choice;
    private final PreviewViewModel preview;
    private final BackgroundWork work;
    private final MappingViewModel mapping;
    private final ValidationViewModel validation;
    private final ObservableObjectValue<ImportReport> importReport;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final StringBinding nextText;

    StepButtons(ObservableObjectValue<WizardStep> step, FileChoiceViewModel choice, PreviewViewModel preview,
            BackgroundWork work, MappingViewModel mapping, ValidationViewModel validation,
            ObservableObjectValue<ImportReport> importReport, WizardText text) {
        this.step = step;
        this.choice = choice;
        this.preview = preview;
        this.work = work;
        this.mapping = mapping;
        this.validation = validation;
        this.importReport = importReport;
        Observable[] state = {step, choice.kindProperty(), choice.filePathProperty(), preview.previewProperty(),
                work.busyProperty(), mapping.completeProperty(), validation.canImportProperty(), importReport};
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, state);
        canGoBack = Bindings.createBooleanBinding(this::backAllowed, state);
        nextText = Bindings.createStringBinding(() -> text.get(switch (step.get()) {
            case VALIDATION, IMPORT -> "button.import";
            case SUMMARY -> "button.close";
            default -> "button.next";
        }), step);
    }

    private boolean nextAllowed() {
        return switch (step.get()) {
            case CHOOSE -> choice.filled();
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

    BooleanBinding canGoNext() {
        return canGoNext;
    }

    BooleanBinding canGoBack() {
        return canGoBack;
    }

    /** "Next", "Import" or "Close", by step. */
    StringBinding nextText() {
        return nextText;
    }
}
