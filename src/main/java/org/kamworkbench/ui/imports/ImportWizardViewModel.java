package org.kamworkbench.ui.imports;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.ui.common.Background;

/**
 * The import wizard's steps and the moves between them: choose file → preview → mapping →
 * validation → import → summary. Each step's state lives in its own view model; the slow work
 * runs through {@link WizardJobs}, one piece at a time ({@link #work()}). Errors arrive as
 * sentences in {@link #messages()}, never as exceptions.
 */
public final class ImportWizardViewModel {
    private final WizardText text;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.CHOOSE);
    private final FileChoiceViewModel choice;
    private final PreviewViewModel preview = new PreviewViewModel();
    private final ReadSettingsViewModel settings;
    private final MappingViewModel mapping;
    private final ValidationViewModel validation;
    private final SummaryViewModel summary;
    private final StepMessages messages = new StepMessages();
    private final WizardJobs jobs;
    private final StepButtons buttons;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private boolean closeWhenStopped;

    public ImportWizardViewModel(ImportService service, Background background, LocalFiles files, WizardText text) {
        this.text = text;
        this.work = new BackgroundWork(background, text);
        this.choice = new FileChoiceViewModel(text, files);
        this.settings = new ReadSettingsViewModel(text);
        this.mapping = new MappingViewModel(text);
        this.validation = new ValidationViewModel(text);
        this.summary = new SummaryViewModel(text);
        this.jobs = new WizardJobs(service, work, text, choice, preview, settings, mapping, validation, summary,
                messages);
        settings.onUserChange(this::readPreview);
        validation.onOptionChange(() -> {
            if (step.get() == WizardStep.VALIDATION) {
                check();
            }
        });
        choice.onChange(jobs::forgetFile);
        messages.clearOnChangeOf(step);
        work.afterOutcome(() -> {
            if (closeWhenStopped) {
                closed.set(true);
            }
        });
        buttons = new StepButtons(step, choice, preview, work, mapping, validation, jobs.importReportProperty(), text);
    }

    /** Next (Enter): moves on, starting the work the next step needs. */
    public void next() {
        if (!buttons.canGoNext().get()) {
            return;
        }
        switch (step.get()) {
            case CHOOSE -> leaveChoose();
            case PREVIEW -> step.set(WizardStep.MAPPING);
            case MAPPING -> {
                step.set(WizardStep.VALIDATION);
                check();
            }
            case VALIDATION, IMPORT -> {
                step.set(WizardStep.IMPORT);
                jobs.importFile(() -> step.set(WizardStep.SUMMARY));
            }
            case SUMMARY -> closed.set(true);
        }
    }

    /** Back: the previous step; reading or checking in progress is dropped (it wrote nothing). */
    public void back() {
        if (!buttons.canGoBack().get()) {
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
        Optional<String> problem = choice.problem();
        if (problem.isPresent()) {
            messages.error(problem.get());
            return;
        }
        step.set(WizardStep.PREVIEW);
        if (preview.get() == null) {
            readPreview();
        }
    }

    private void readPreview() {
        jobs.readPreview(() -> step.set(WizardStep.CHOOSE));
    }

    private void check() {
        jobs.check(() -> step.set(WizardStep.MAPPING));
    }

    /**
     * From the check of a revenue file that has years without FX rates: the wizard starts over as an
     * FX import (the revenue file is not imported; the user comes back to it once the rates are in).
     */
    public void importFxRates() {
        work.abandon();
        choice.kindProperty().set(ImportKind.FX);
        step.set(WizardStep.CHOOSE);
    }

    /** The report of the import, when it wrote something: what showAndWait returns. */
    public Optional<ImportReport> result() {
        return Optional.ofNullable(jobs.importReportProperty().get()).filter(ImportReport::applied);
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Step 1: what to import from which file. */
    public FileChoiceViewModel choice() {
        return choice;
    }

    public PreviewViewModel preview() {
        return preview;
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

    /** The current step's error and notice. */
    public StepMessages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<ImportReport> importReportProperty() {
        return jobs.importReportProperty();
    }

    /** True once the wizard should close. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return buttons.canGoNext();
    }

    public BooleanBinding canGoBackProperty() {
        return buttons.canGoBack();
    }

    /** "Next", "Import" or "Close", by step. */
    public StringBinding nextTextProperty() {
        return buttons.nextText();
    }
}
