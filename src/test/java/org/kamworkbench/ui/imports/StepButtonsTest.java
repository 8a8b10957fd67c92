package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportReport;

/** Next and Back by step, driven by the state they read, without a toolkit. */
class StepButtonsTest {
    @TempDir
    Path dir;

    private final WizardText text = WizardText.load(Locale.ENGLISH);
    private final ImmediateBackground runner = new ImmediateBackground();
    private final SimpleObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.CHOOSE);
    private final FileChoiceViewModel choice = new FileChoiceViewModel(text, new DiskFiles());
    private final PreviewViewModel preview = new PreviewViewModel();
    private final BackgroundWork work = new BackgroundWork(runner, text);
    private final MappingViewModel mapping = new MappingViewModel(text);
    private final ValidationViewModel validation = new ValidationViewModel(text);
    private final SimpleObjectProperty<ImportReport> importReport = new SimpleObjectProperty<>();
    private final StepButtons buttons = new StepButtons(step, choice, preview, work, mapping, validation,
            importReport, text);

    private static ImportReport report(long read, long valid) {
        return new ImportReport(ImportKind.ACCOUNTS, false, read, valid, 0, 0, 0, 0, List.of(), 0, List.of());
    }

    private void busy() {
        runner.holdNext();
        work.start(monitor -> "", value -> { }, () -> { }, e -> { });
    }

    @Test
    void chooseWantsAPathAndHasNoBack() {
        assertThat(buttons.canGoNext().get()).isFalse();
        choice.filePathProperty().set("accounts.csv");
        assertThat(buttons.canGoNext().get()).isTrue();
        assertThat(buttons.canGoBack().get()).isFalse();
        assertThat(buttons.nextText().get()).isEqualTo("_Next");
    }

    @Test
    void previewWantsAPreviewReadAndNothingRunning() throws IOException {
        step.set(WizardStep.PREVIEW);
        assertThat(buttons.canGoNext().get()).isFalse();
        preview.show(new FakeImportService().preview(Fixtures.fxRates(dir), ImportKind.FX, ImportOptions.defaults()));
        assertThat(buttons.canGoNext().get()).isTrue();
        busy();
        assertThat(buttons.canGoNext().get()).isFalse();
        assertThat(buttons.canGoBack().get()).isTrue(); // reading is dropped, not waited for
    }

    @Test
    void mappingWantsEveryRequiredField() throws IOException {
        step.set(WizardStep.MAPPING);
        mapping.load(new FakeImportService().preview(Fixtures.fxRates(dir), ImportKind.FX, ImportOptions.defaults()));
        assertThat(buttons.canGoNext().get()).isTrue();
        mapping.map("Rate", MappingViewModel.IGNORE);
        assertThat(buttons.canGoNext().get()).isFalse();
    }

    @Test
    void validationWantsAnImportableReportAndSaysImport() {
        step.set(WizardStep.VALIDATION);
        assertThat(buttons.nextText().get()).isEqualTo("_Import");
        assertThat(buttons.canGoNext().get()).isFalse();
        validation.show(report(3, 3));
        assertThat(buttons.canGoNext().get()).isTrue();
        validation.show(report(3, 0));
        assertThat(buttons.canGoNext().get()).isFalse();
    }

    @Test
    void aRunningImportBlocksBothButtonsAndAFinishedOneAllowsNoSecond() {
        step.set(WizardStep.IMPORT);
        assertThat(buttons.nextText().get()).isEqualTo("_Import");
        busy();
        assertThat(buttons.canGoNext().get()).isFalse();
        assertThat(buttons.canGoBack().get()).isFalse();
        work.abandon();
        assertThat(buttons.canGoNext().get()).isTrue(); // after a cancel: try again
        assertThat(buttons.canGoBack().get()).isTrue();
        importReport.set(report(3, 3));
        assertThat(buttons.canGoNext().get()).isFalse();
    }

    @Test
    void theSummaryOnlyCloses() {
        step.set(WizardStep.SUMMARY);
        assertThat(buttons.nextText().get()).isEqualTo("_Close");
        assertThat(buttons.canGoNext().get()).isTrue();
        assertThat(buttons.canGoBack().get()).isFalse();
    }
}
