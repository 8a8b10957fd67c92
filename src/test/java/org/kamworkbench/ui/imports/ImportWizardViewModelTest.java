package org.kamworkbench.ui.imports;

import org.kamworkbench.io.DiskFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;

/** The wizard's view model without a JavaFX toolkit: navigation, gating, options, cancellation. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;

    private final FakeImportService service = new FakeImportService();
    private final ImmediateBackground runner = new ImmediateBackground();
    private ImportWizardViewModel vm;
    private Path accounts;

    @BeforeEach
    void setUp() throws IOException {
        vm = new ImportWizardViewModel(service, runner, new DiskFiles(), WizardText.load(Locale.ENGLISH));
        accounts = Fixtures.salesforceAccounts(dir);
    }

    private void toPreview(Path file) {
        vm.choice().filePathProperty().set(file.toString());
        vm.next();
    }

    private void toValidation(Path file) {
        toPreview(file);
        vm.next();
        vm.next();
    }

    @Test
    void nextNeedsAFileThatExists() {
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHOOSE);
        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(vm.canGoBackProperty().get()).isFalse();

        vm.choice().filePathProperty().set(dir.resolve("nope.csv").toString());
        assertThat(vm.canGoNextProperty().get()).isTrue();
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHOOSE);
        assertThat(vm.messages().errorProperty().get()).isEqualTo("The file “" + dir.resolve("nope.csv") + "” does not exist.");
        assertThat(runner.started).isZero();

        vm.choice().filePathProperty().set(dir.toString());
        vm.next();
        assertThat(vm.messages().errorProperty().get()).contains("is a folder");
    }

    @Test
    void aPastedPathWithQuotesIsAccepted() {
        toPreview(Path.of("\"" + accounts + "\""));
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.messages().errorProperty().get()).isNull();
    }

    @Test
    void previewShowsTheDetectedSettingsAndTheFirstRows() {
        toPreview(accounts);

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.preview().header()).startsWith("Account ID", "Account Name").contains("Region Code");
        assertThat(vm.preview().rows()).hasSize(12);
        assertThat(vm.preview().rows().get(2).get(1)).isEqualTo("Cedar & Pine, Inc.");
        ReadSettingsViewModel settings = vm.settings();
        assertThat(settings.delimiterProperty().get()).isEqualTo(CsvDelimiter.SEMICOLON);
        assertThat(settings.encodingProperty().get()).isEqualTo("UTF-8");
        assertThat(settings.decimalProperty().get()).isEqualTo(DecimalSeparator.COMMA);
        assertThat(settings.hasDatesProperty().get()).isFalse();
        assertThat(settings.spreadsheetProperty().get()).isFalse();
        assertThat(settings.recognisedPresetProperty().get()).isEqualTo("Salesforce");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        // Nothing overridden: the service detects everything itself.
        ImportOptions sent = service.previewOptions.get(0);
        assertThat(sent.delimiter()).isNull();
        assertThat(sent.encoding()).isNull();
        assertThat(sent.preset()).isNull();
    }

    @Test
    void changingADetectedSettingReadsThePreviewAgainWithThatOverride() {
        toPreview(accounts);
        vm.settings().delimiterProperty().set(CsvDelimiter.COMMA);

        assertThat(service.previewOptions).hasSize(2);
        ImportOptions sent = service.previewOptions.get(1);
        assertThat(sent.delimiter()).isEqualTo(',');
        assertThat(sent.encoding()).isNull();
        assertThat(sent.decimal()).isNull();
        // Read with commas, the semicolon header is one column.
        assertThat(vm.preview().header()).hasSize(1);
        assertThat(vm.settings().delimiterProperty().get()).isEqualTo(CsvDelimiter.COMMA);
    }

    @Test
    void theChosenPresetIsSentForAccountsOnly() {
        vm.choice().presetProperty().set(AccountPreset.HUBSPOT);
        toPreview(accounts);
        assertThat(service.previewOptions.get(0).preset()).isEqualTo("hubspot");

        vm.back();
        vm.choice().kindProperty().set(ImportKind.FX);
        vm.next();
        assertThat(service.previewOptions.get(1).preset()).isNull();
    }

    @Test
    void mappingIsPrefilledAndNextWaitsForEveryRequiredField() {
        toPreview(accounts);
        vm.next();
        MappingViewModel mapping = vm.mapping();

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(mapping.columns()).extracting(ColumnMapping::header).contains("Account Name", "Region Code");
        assertThat(column("Account Name").field()).isEqualTo("name");
        assertThat(column("Region Code").field()).isEqualTo(MappingViewModel.IGNORE);
        assertThat(column("Account Name").sample()).isEqualTo("Acme Industrial GmbH");
        assertThat(mapping.completeProperty().get()).isTrue();
        assertThat(vm.canGoNextProperty().get()).isTrue();

        mapping.map("Account Name", MappingViewModel.IGNORE);
        assertThat(mapping.completeProperty().get()).isFalse();
        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(mapping.problemProperty().get()).isEqualTo("Choose a column for: Name.");
        assertThat(mapping.requiredFields()).filteredOn(f -> f.key().equals("name"))
                .singleElement().extracting(RequiredField::mapped).isEqualTo(false);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);

        mapping.map("Account Name", "name");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        assertThat(mapping.problemProperty().get()).isNull();
    }

    @Test
    void wideFormRevenueNeedsNoAmountColumn() throws IOException {
        vm.choice().kindProperty().set(ImportKind.REVENUE);
        toPreview(Fixtures.revenueWide(dir));
        vm.next();
        MappingViewModel mapping = vm.mapping();

        assertThat(column("2023").field()).isEqualTo("amount:2023");
        assertThat(mapping.targetLabel("amount:2023")).isEqualTo("Amount 2023");
        assertThat(mapping.completeProperty().get()).isTrue();
        assertThat(mapping.requiredFields()).filteredOn(f -> f.key().equals("amount")).singleElement()
                .extracting(RequiredField::column).isEqualTo("2023, FY2024");

        mapping.map("2023", MappingViewModel.IGNORE);
        mapping.map("FY2024", MappingViewModel.IGNORE);
        assertThat(mapping.problemProperty().get())
                .isEqualTo("Choose a column for: Amount (or quantity × unit price or one column per year, such as 2024).");
        assertThat(vm.canGoNextProperty().get()).isFalse();

        mapping.map("Customer", "accountName");
        mapping.map("FY2024", "amount:2024");
        assertThat(vm.canGoNextProperty().get()).isTrue(); // an account name stands in for the account
        vm.next();
        assertThat(vm.validation().verdictProperty().get()).isEqualTo("All 2 rows are valid and ready to import.");
        assertThat(service.validateOptions.get(0).mapping()).containsEntry("FY2024", "amount:2024")
                .containsEntry("2023", "");
    }

    @Test
    void aFieldChosenForTwoColumnsBlocksNext() {
        toPreview(accounts);
        vm.next();
        vm.mapping().map("Account Owner", "name");

        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(vm.mapping().problemProperty().get())
                .isEqualTo("“Name” is chosen for more than one column (Account Name, Account Owner): keep it on one.");
    }

    @Test
    void requiredFieldsAreMarkedInTheChoices() {
        toPreview(accounts);
        assertThat(vm.mapping().targetLabel("name")).isEqualTo("Name *");
        assertThat(vm.mapping().targetLabel("website")).isEqualTo("Website");
        assertThat(vm.mapping().targetLabel("")).isEqualTo("— ignore —");
        assertThat(vm.mapping().targets()).startsWith("", "externalId", "name");
    }

    @Test
    void mappingOverridesArePassedToValidationAndImportAndSurviveARereadOfThePreview() {
        toPreview(accounts);
        vm.next();
        vm.mapping().map("Region Code", "region");
        vm.back();
        vm.settings().decimalProperty().set(DecimalSeparator.POINT);

        assertThat(service.previewOptions.get(1).mapping()).containsExactlyEntriesOf(
                Map.of("Region Code", "region"));
        assertThat(column("Region Code").field()).isEqualTo("region");

        vm.next();
        vm.next();
        ImportOptions validated = service.validateOptions.get(0);
        assertThat(validated.mapping()).containsEntry("Region Code", "region")
                .containsEntry("Account Name", "name").containsEntry("Industry", "industry").hasSize(10);
        assertThat(validated.decimal()).isEqualTo('.');
        assertThat(validated.delimiter()).isNull();
    }

    @Test
    void invalidRowsBlockTheImportUntilTheUserSkipsThem() {
        toValidation(accounts);
        ValidationViewModel validation = vm.validation();

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.VALIDATION);
        assertThat(validation.rowsReadProperty().get()).isEqualTo("12");
        assertThat(validation.validRowsProperty().get()).isEqualTo("10");
        assertThat(validation.problemCountProperty().get()).isEqualTo("2");
        assertThat(validation.problems().problems()).extracting(p -> p.line() + " " + p.column() + " " + p.value())
                .containsExactly("7 Billing Country Atlantis", "9 Annual Revenue abc");
        assertThat(validation.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(validation.verdictProperty().get()).startsWith("2 rows have problems");
        assertThat(vm.canGoNextProperty().get()).isFalse();

        validation.skipInvalidProperty().set(true);
        assertThat(validation.toneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(validation.verdictProperty().get())
                .isEqualTo("10 valid rows will be imported; 2 invalid rows will be skipped.");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        assertThat(vm.nextTextProperty().get()).isEqualTo("_Import");

        vm.next();
        assertThat(service.importOptions.get(0).skipInvalid()).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.SUMMARY);
        SummaryViewModel summary = vm.summary();
        assertThat(summary.titleProperty().get()).isEqualTo("Import complete");
        assertThat(summary.addedProperty().get()).isEqualTo("10");
        assertThat(summary.addedCaptionProperty().get()).isEqualTo("accounts added");
        assertThat(summary.rowsProperty().get()).isEqualTo("10 of 12 rows imported.");
        assertThat(summary.skippedProperty().get())
                .isEqualTo("2 invalid rows were skipped; the problems are listed below.");
        assertThat(summary.problems().problems()).hasSize(2);
        assertThat(vm.result()).hasValueSatisfying(r -> assertThat(r.rowsImported()).isEqualTo(10));
        assertThat(service.commits()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameFileSaysUnchanged() {
        toValidation(accounts);
        vm.validation().skipInvalidProperty().set(true);
        vm.next();
        vm.nextTextProperty(); // summary reached
        ImportWizardViewModel second = new ImportWizardViewModel(service, runner, new DiskFiles(), WizardText.load(Locale.ENGLISH));
        vm = second;
        toValidation(accounts);
        vm.validation().skipInvalidProperty().set(true);
        vm.next();
        assertThat(vm.summary().addedProperty().get()).isEqualTo("0");
        assertThat(vm.summary().unchangedProperty().get()).isEqualTo("10");
    }

    @Test
    void revenueIntoMonthsThatHoldRevenueAsksForReplaceOrAdd() throws IOException {
        service.existingRevenue = true;
        vm.choice().kindProperty().set(ImportKind.REVENUE);
        toValidation(Fixtures.revenueLines(dir));
        ValidationViewModel validation = vm.validation();

        assertThat(vm.messages().errorProperty().get()).startsWith("Months 2024-01 to 2024-03 already hold revenue");
        assertThat(validation.modeChoiceNeededProperty().get()).isTrue();
        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(service.validateOptions.get(0).revenueMode()).isEqualTo(RevenueMode.NEW_PERIODS_ONLY);

        validation.revenueModeProperty().set(RevenueMode.REPLACE);
        assertThat(service.validateOptions.get(1).revenueMode()).isEqualTo(RevenueMode.REPLACE);
        assertThat(vm.messages().errorProperty().get()).isNull();
        assertThat(validation.modeChoiceNeededProperty().get()).isFalse();
        assertThat(validation.verdictProperty().get()).isEqualTo("All 4 rows are valid and ready to import.");
        assertThat(vm.canGoNextProperty().get()).isTrue();

        vm.next();
        assertThat(service.importOptions.get(0).revenueMode()).isEqualTo(RevenueMode.REPLACE);
        assertThat(vm.summary().addedCaptionProperty().get()).isEqualTo("monthly revenue records added");
    }

    @Test
    void inverseFxRatesAreSentWhenChosen() throws IOException {
        vm.choice().kindProperty().set(ImportKind.FX);
        toValidation(Fixtures.fxRates(dir));
        assertThat(service.validateOptions.get(0).inverseRates()).isFalse();

        vm.validation().inverseRatesProperty().set(true);
        assertThat(service.validateOptions).hasSize(2);
        assertThat(service.validateOptions.get(1).inverseRates()).isTrue();
        vm.next();
        assertThat(service.importOptions.get(0).inverseRates()).isTrue();
    }

    @Test
    void cancellingTheImportWritesNothingAndSaysSo() {
        toValidation(accounts);
        vm.validation().skipInvalidProperty().set(true);
        runner.holdNext();
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.IMPORT);
        assertThat(vm.work().isBusy()).isTrue();
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.canGoNextProperty().get()).isFalse();

        vm.cancel(); // Esc while importing: stop, do not close
        assertThat(vm.closedProperty().get()).isFalse();
        assertThat(vm.work().cancellingProperty().get()).isTrue();
        runner.release();

        assertThat(vm.work().isBusy()).isFalse();
        assertThat(vm.messages().noticeProperty().get()).isEqualTo("Import cancelled; the workspace is unchanged.");
        assertThat(service.commits()).isZero();
        assertThat(service.storedRecords()).isZero();
        assertThat(vm.result()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.IMPORT);
        assertThat(vm.canGoBackProperty().get()).isTrue();
        assertThat(vm.canGoNextProperty().get()).isTrue(); // try again

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.SUMMARY);
        assertThat(service.commits()).isEqualTo(1);
    }

    @Test
    void closingTheWindowDuringAnImportStopsItFirst() {
        toValidation(accounts);
        vm.validation().skipInvalidProperty().set(true);
        runner.holdNext();
        vm.next();

        vm.requestClose();
        assertThat(vm.closedProperty().get()).isFalse();
        runner.release();
        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(service.commits()).isZero();
    }

    @Test
    void cancelWhileCheckingGoesBackAndCancelWhenIdleCloses() {
        toPreview(accounts);
        vm.next();
        runner.holdNext();
        vm.next();
        assertThat(vm.work().isBusy()).isTrue();

        vm.cancel();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(vm.work().isBusy()).isFalse();
        runner.release(); // the dropped check finishing late changes nothing
        assertThat(vm.validation().reportProperty().get()).isNull();
        assertThat(vm.closedProperty().get()).isFalse();

        vm.cancel();
        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(vm.result()).isEmpty();
    }

    @Test
    void backDuringThePreviewDropsItsLateResult() {
        runner.holdNext();
        toPreview(accounts);
        vm.back();
        runner.release();

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHOOSE);
        assertThat(vm.preview().previewProperty().get()).isNull();
        assertThat(vm.preview().rows()).isEmpty();
    }

    @Test
    void anotherFileForgetsThePreviewAndTheMapping() throws IOException {
        toPreview(accounts);
        vm.next();
        vm.mapping().map("Region Code", "region");
        vm.back();
        vm.back();
        vm.choice().filePathProperty().set(Fixtures.fxRates(dir).toString());

        assertThat(vm.preview().previewProperty().get()).isNull();
        assertThat(vm.mapping().columns()).isEmpty();
        vm.choice().filePathProperty().set(accounts.toString());
        vm.next();
        assertThat(service.previewOptions.get(1).mapping()).isEmpty();
        assertThat(column("Region Code").field()).isEqualTo(MappingViewModel.IGNORE);
    }

    @Test
    void aRefusedFileIsASentenceInThePreviewStep() {
        service.refusePreview = "The file has no header line.";
        toPreview(accounts);

        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.messages().errorProperty().get()).isEqualTo("The file has no header line.");
        assertThat(vm.canGoNextProperty().get()).isFalse();
    }

    @Test
    void progressIsShownAsAPercentage() {
        toValidation(accounts);
        assertThat(vm.work().percentProperty().get()).isEqualTo("100%");
        assertThat(vm.work().messageProperty().get()).isEqualTo("Row 12 of 12");
    }

    @Test
    void theSummaryClosesWithTheReport() {
        toValidation(accounts);
        vm.validation().skipInvalidProperty().set(true);
        vm.next();
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.nextTextProperty().get()).isEqualTo("_Close");

        vm.next();
        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(vm.result()).isPresent();
    }

    @Test
    void aWorkbookOffersItsSheetsAndAnotherSheetIsReadOnRequest() throws IOException {
        toPreview(Fixtures.accountsWorkbook(dir));
        ReadSettingsViewModel settings = vm.settings();

        assertThat(settings.spreadsheetProperty().get()).isTrue();
        assertThat(settings.sheets()).containsExactly("Notes", "Accounts");
        assertThat(settings.sheetProperty().get()).isEqualTo("Notes");
        assertThat(vm.preview().header()).containsExactly("Exported from Salesforce");

        settings.sheetProperty().set("Accounts");
        assertThat(service.previewOptions.get(1).sheet()).isEqualTo("Accounts");
        assertThat(vm.preview().header()).containsExactly("Account ID", "Account Name", "Billing Country");
        assertThat(vm.preview().rows()).hasSize(2);
        assertThat(settings.sheetProperty().get()).isEqualTo("Accounts");
        vm.next();
        vm.next();
        assertThat(service.validateOptions.get(0).sheet()).isEqualTo("Accounts");
        assertThat(vm.validation().verdictProperty().get()).isEqualTo("All 2 rows are valid and ready to import.");
    }

    @Test
    void aReportListsTheFirstHundredProblemsAndCountsTheRest() throws IOException {
        toValidation(Fixtures.manyBadRows(dir, 150));
        ProblemListViewModel problems = vm.validation().problems();

        assertThat(problems.problems()).hasSize(100);
        assertThat(problems.problems().get(0).line()).isEqualTo(2);
        assertThat(problems.moreProperty().get()).isEqualTo("… and 50 more problems.");
        assertThat(vm.validation().verdictProperty().get()).isEqualTo("None of the 150 rows is valid: fix the file and check it again.");
        vm.validation().skipInvalidProperty().set(true);
        assertThat(vm.canGoNextProperty().get()).isFalse(); // nothing valid to import
    }

    @Test
    void aFailedRereadLeavesNoStalePreviewToGoOnWith() {
        toPreview(accounts);
        service.refusePreview = "The file cannot be read as UTF-16.";
        vm.settings().encodingProperty().set("UTF-16");

        assertThat(vm.messages().errorProperty().get()).isEqualTo("The file cannot be read as UTF-16.");
        assertThat(vm.preview().previewProperty().get()).isNull();
        assertThat(vm.preview().rows()).isEmpty();
        assertThat(vm.canGoNextProperty().get()).isFalse();

        service.refusePreview = null;
        vm.settings().encodingProperty().set("UTF-8");
        assertThat(vm.preview().previewProperty().get()).isNotNull();
        assertThat(vm.canGoNextProperty().get()).isTrue();
    }

    private ColumnMapping column(String header) {
        return vm.mapping().columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }
}
