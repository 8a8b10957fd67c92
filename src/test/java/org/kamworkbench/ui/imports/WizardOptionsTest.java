package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportPreview;

/** The options the service gets: what each step's choices add, and what each kind of import leaves out. */
class WizardOptionsTest {
    @TempDir
    Path dir;

    private final WizardText text = WizardText.load(Locale.ENGLISH);
    private final FakeImportService service = new FakeImportService();
    private final FileChoiceViewModel choice = new FileChoiceViewModel(text, new DiskFiles());
    private final ReadSettingsViewModel settings = new ReadSettingsViewModel(text);
    private final MappingViewModel mapping = new MappingViewModel(text);
    private final ValidationViewModel validation = new ValidationViewModel(text);
    private final WizardOptions options = new WizardOptions(choice, settings, mapping, validation);

    private void read(Path file, ImportKind kind) {
        choice.kindProperty().set(kind);
        ImportPreview preview = service.preview(file, kind, ImportOptions.defaults());
        settings.show(preview, List.of());
        mapping.load(preview);
    }

    @Test
    void nothingChosenLeavesEverythingToTheService() throws IOException {
        read(Fixtures.salesforceAccounts(dir), ImportKind.ACCOUNTS);
        ImportOptions o = options.forPreview();
        assertThat(o.preset()).isNull();
        assertThat(o.mapping()).isEmpty();
        assertThat(o.delimiter()).isNull();
        assertThat(o.decimal()).isNull();
        assertThat(o.encoding()).isNull();
        assertThat(o.sheet()).isNull();
        assertThat(o.skipInvalid()).isFalse();
    }

    @Test
    void thePreviewGetsTheUsersMappingOnlyTheCheckAndImportTheWholeOne() throws IOException {
        read(Fixtures.salesforceAccounts(dir), ImportKind.ACCOUNTS);
        mapping.map("Region Code", "region");
        settings.delimiterProperty().set(CsvDelimiter.COMMA);

        assertThat(options.forPreview().mapping()).containsExactlyEntriesOf(Map.of("Region Code", "region"));
        ImportOptions full = options.forCheckAndImport();
        assertThat(full.mapping()).containsEntry("Region Code", "region").containsEntry("Account Name", "name")
                .hasSize(10);
        assertThat(full.delimiter()).isEqualTo(',');
        assertThat(options.forPreview().delimiter()).isEqualTo(',');
    }

    @Test
    void accountsSendThePresetAndNoneOfTheRevenueOrFxChoices() throws IOException {
        read(Fixtures.salesforceAccounts(dir), ImportKind.ACCOUNTS);
        choice.presetProperty().set(AccountPreset.SALESFORCE);
        validation.revenueModeProperty().set(RevenueMode.REPLACE);
        validation.inverseRatesProperty().set(true);
        validation.createAccountsProperty().set(true);
        validation.skipInvalidProperty().set(true);

        ImportOptions o = options.forCheckAndImport();
        assertThat(o.preset()).isEqualTo("salesforce");
        assertThat(o.skipInvalid()).isTrue();
        assertThat(o.revenueMode()).isEqualTo(RevenueMode.NEW_PERIODS_ONLY);
        assertThat(o.inverseRates()).isFalse();
        assertThat(o.createAccounts()).isFalse();
        assertThat(o.currency()).isNull();
    }

    @Test
    void revenueSendsItsModeCurrencyAndAccountCreationButNoPreset() throws IOException {
        read(Fixtures.revenueLines(dir), ImportKind.REVENUE);
        choice.presetProperty().set(AccountPreset.HUBSPOT);
        validation.prepareRevenue(false, "EUR");
        validation.currencyProperty().set("GBP");
        validation.revenueModeProperty().set(RevenueMode.ADD);
        validation.createAccountsProperty().set(true);
        validation.inverseRatesProperty().set(true);

        ImportOptions o = options.forCheckAndImport();
        assertThat(o.preset()).isNull();
        assertThat(o.revenueMode()).isEqualTo(RevenueMode.ADD);
        assertThat(o.currency()).isEqualTo("GBP");
        assertThat(o.createAccounts()).isTrue();
        assertThat(o.inverseRates()).isFalse();
    }

    @Test
    void revenueWithACurrencyColumnSendsNoCurrency() throws IOException {
        read(Fixtures.revenueLines(dir), ImportKind.REVENUE);
        validation.prepareRevenue(true, "EUR");
        assertThat(options.forCheckAndImport().currency()).isNull();
    }

    @Test
    void fxRatesSendTheInverseChoiceOnly() throws IOException {
        read(Fixtures.fxRates(dir), ImportKind.FX);
        validation.inverseRatesProperty().set(true);
        validation.createAccountsProperty().set(true);

        ImportOptions o = options.forCheckAndImport();
        assertThat(o.inverseRates()).isTrue();
        assertThat(o.createAccounts()).isFalse();
        assertThat(o.preset()).isNull();
    }
}
