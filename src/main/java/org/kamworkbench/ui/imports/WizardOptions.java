package org.kamworkbench.ui.imports;

import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;

/** Gathers the user's choices from every step into the one ImportOptions the service reads. */
final class WizardOptions {
    private final FileChoiceViewModel choice;
    private final ReadSettingsViewModel settings;
    private final MappingViewModel mapping;
    private final ValidationViewModel validation;

    WizardOptions(FileChoiceViewModel choice, ReadSettingsViewModel settings, MappingViewModel mapping,
            ValidationViewModel validation) {
        this.choice = choice;
        this.settings = settings;
        this.mapping = mapping;
        this.validation = validation;
    }

    /** For reading the preview: only the columns the user mapped himself, the service guesses the rest. */
    ImportOptions forPreview() {
        return options(true);
    }

    /** For the check and the import: the whole mapping and the choices of the check step. */
    ImportOptions forCheckAndImport() {
        return options(false);
    }

    private ImportOptions options(boolean forPreview) {
        ImportKind k = choice.kindProperty().get();
        return new ImportOptions(
                choice.presetOption(),
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
}
