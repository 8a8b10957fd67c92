package org.kamworkbench.ui.imports;

import org.kamworkbench.io.DiskFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;

/** The check step's revenue choices: the currency of lines without one, creating accounts, missing FX rates. */
class RevenueChoicesViewModelTest {
    @TempDir
    Path dir;

    private final FakeImportService service = new FakeImportService();
    private ImportWizardViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new ImportWizardViewModel(service, new ImmediateBackground(), new DiskFiles(), WizardText.load(Locale.ENGLISH));
        vm.choice().kindProperty().set(ImportKind.REVENUE);
    }

    private void toValidation(String csv) throws IOException {
        Path file = dir.resolve("revenue.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        vm.choice().filePathProperty().set(file.toString());
        vm.next();
        vm.next();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.VALIDATION);
    }

    @Test
    void withoutACurrencyColumnTheLinesCurrencyIsAskedDefaultingToTheReportingCurrency() throws IOException {
        toValidation("Invoice,Customer,Invoice Date,Net Amount\nINV-1,001A01,15/01/2024,12500.00\n");
        ValidationViewModel validation = vm.validation();
        assertThat(validation.currencyNeededProperty().get()).isTrue();
        assertThat(validation.currencyProperty().get()).isEqualTo("EUR");
        assertThat(validation.currencies()).contains("GBP", "USD", "CHF");
        assertThat(service.validateOptions.get(0).currency()).isEqualTo("EUR");

        validation.currencyProperty().set("GBP");
        assertThat(service.validateOptions.get(1).currency()).isEqualTo("GBP");
        validation.createAccountsProperty().set(true);
        assertThat(service.validateOptions.get(2).createAccounts()).isTrue();
        assertThat(service.validateOptions.get(2).currency()).isEqualTo("GBP");
    }

    @Test
    void withACurrencyColumnNoneIsAskedAndNoneSent() throws IOException {
        toValidation("Invoice,Customer,Invoice Date,Net Amount,Currency\nINV-1,001A01,15/01/2024,12500.00,EUR\n");
        assertThat(vm.validation().currencyNeededProperty().get()).isFalse();
        assertThat(service.validateOptions.get(0).currency()).isNull();
        assertThat(service.validateOptions.get(0).createAccounts()).isFalse();
    }

    @Test
    void missingRatesAndCreatedAccountsAreSaidAndTheFxImportIsOneClickAway() throws IOException {
        toValidation("Invoice,Customer,Invoice Date,Net Amount\nINV-1,001A01,15/01/2024,12500.00\n");
        ValidationViewModel validation = vm.validation();
        validation.show(new ImportReport(ImportKind.REVENUE, false, 10, 10, 4, 0, 0, 0, List.of(), 3,
                List.of(new MissingRateYears("USD", List.of(2023, 2024)))));
        assertThat(validation.ratesMissingProperty().get()).isTrue();
        assertThat(validation.revenueNotesProperty().get()).isEqualTo(
                "3 accounts will be created for customers the workspace does not have.\n"
                        + "No FX rate to EUR for USD in 2023, 2024. The revenue is imported all the same; import the "
                        + "rates to analyse those years.");

        vm.importFxRates();
        assertThat(vm.choice().kindProperty().get()).isEqualTo(ImportKind.FX);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.CHOOSE);
    }

    @Test
    void theSummaryCountsTheAccountsCreated() {
        vm.summary().show(new ImportReport(ImportKind.REVENUE, true, 10, 9, 4, 0, 0, 1, List.of(), 2, List.of()),
                ImportKind.REVENUE);
        assertThat(vm.summary().rowsProperty().get())
                .isEqualTo("9 of 10 rows imported. 2 accounts were created for customers the workspace did not have.");
    }

    @Test
    void theItalianTextsExist() {
        WizardText it = WizardText.load(Locale.ITALIAN);
        assertThat(it.format("validation.missingRates", "EUR", "USD nel 2024")).startsWith("Manca il cambio in EUR");
        assertThat(it.fieldLabel("quantity")).isEqualTo("Quantità");
        assertThat(it.fieldLabel("unitPrice")).isEqualTo("Prezzo unitario");
    }
}
