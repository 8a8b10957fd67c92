package org.kamworkbench.ui.imports;

import java.util.Currency;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportReport;

/**
 * The validation report and the choices that go with it: skip invalid rows, what to do with
 * months that already hold revenue, the currency of revenue lines without one, creating unknown
 * accounts, inverse FX rates; and what the revenue needs besides (FX rates it has none for). Import is allowed when there are valid rows
 * and either no problem or the user chose to skip the invalid ones.
 */
public final class ValidationViewModel {
    private final WizardText text;
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(this, "skipInvalid");
    private final ObjectProperty<RevenueMode> revenueMode =
            new SimpleObjectProperty<>(this, "revenueMode", RevenueMode.NEW_PERIODS_ONLY);
    private final BooleanProperty inverseRates = new SimpleBooleanProperty(this, "inverseRates");
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(this, "currency");
    private final ReadOnlyBooleanWrapper currencyNeeded = new ReadOnlyBooleanWrapper(this, "currencyNeeded");
    private final BooleanProperty createAccounts = new SimpleBooleanProperty(this, "createAccounts");
    private final ReadOnlyStringWrapper revenueNotes = new ReadOnlyStringWrapper(this, "revenueNotes", "");
    private final ReadOnlyBooleanWrapper ratesMissing = new ReadOnlyBooleanWrapper(this, "ratesMissing");
    private String reportingCurrency = "";
    private boolean preparing;
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ProblemListViewModel problems;
    private final ReadOnlyStringWrapper rowsRead = new ReadOnlyStringWrapper(this, "rowsRead", "");
    private final ReadOnlyStringWrapper validRows = new ReadOnlyStringWrapper(this, "validRows", "");
    private final ReadOnlyStringWrapper problemCount = new ReadOnlyStringWrapper(this, "problemCount", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.SUCCESS);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper modeChoiceNeeded = new ReadOnlyBooleanWrapper(this, "modeChoiceNeeded");
    private Runnable onOptionChange = () -> { };

    ValidationViewModel(WizardText text) {
        this.text = text;
        this.problems = new ProblemListViewModel(text);
        skipInvalid.addListener((o, old, now) -> judge());
        revenueMode.addListener((o, old, now) -> {
            modeChoiceNeeded.set(false);
            onOptionChange.run();
        });
        inverseRates.addListener((o, old, now) -> onOptionChange.run());
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().forEach(currencies::add);
        currency.addListener((o, old, now) -> optionChanged());
        createAccounts.addListener((o, old, now) -> optionChanged());
    }

    private void optionChanged() {
        if (!preparing) {
            onOptionChange.run();
        }
    }

    /**
     * Before a revenue file is checked: without a currency column the user gives the lines' currency,
     * the reporting currency until they choose another.
     */
    void prepareRevenue(boolean hasCurrencyColumn, String reporting) {
        preparing = true;
        try {
            reportingCurrency = reporting;
            currencyNeeded.set(!hasCurrencyColumn);
            if (currency.get() == null || !currencies.contains(currency.get())) {
                currency.set(reporting);
            }
        } finally {
            preparing = false;
        }
    }

    /** The currency for lines without one, when the user is asked for it; else null. */
    String currencyOption() {
        return currencyNeeded.get() ? currency.get() : null;
    }

    /** Called when a choice changed that changes the validation itself (revenue mode, inverse). */
    void onOptionChange(Runnable action) {
        this.onOptionChange = action;
    }

    void show(ImportReport result) {
        report.set(result);
        rowsRead.set(text.number(result.rowsRead()));
        validRows.set(text.number(result.rowsImported()));
        problemCount.set(text.number(result.problemCount()));
        problems.show(result);
        ratesMissing.set(!result.missingRates().isEmpty());
        revenueNotes.set(notes(result));
        judge();
    }

    /** What the revenue brings besides its rows: accounts it creates, years it has no FX rate for. */
    private String notes(ImportReport r) {
        StringBuilder s = new StringBuilder();
        if (r.accountsCreated() > 0) {
            s.append(text.format("validation.accountsCreated", r.accountsCreated()));
        }
        if (!r.missingRates().isEmpty()) {
            String missing = r.missingRates().stream().map(m -> text.format("validation.missingRate", m.currency(),
                    m.years().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("; "));
            s.append(s.length() == 0 ? "" : "\n").append(text.format("validation.missingRates", reportingCurrency,
                    missing));
        }
        return s.toString();
    }

    void clear() {
        report.set(null);
        rowsRead.set("");
        validRows.set("");
        problemCount.set("");
        problems.clear();
        ratesMissing.set(false);
        revenueNotes.set("");
        judge();
    }

    /** The service refused the revenue because its months hold revenue: the user must choose. */
    void needModeChoice() {
        modeChoiceNeeded.set(true);
    }

    private void judge() {
        ImportReport r = report.get();
        if (r == null) {
            verdict.set("");
            canImport.set(false);
            return;
        }
        long invalid = r.rowsRead() - r.rowsImported();
        if (r.rowsImported() == 0) {
            setVerdict(Tone.DANGER, r.rowsRead() == 0 ? text.get("validation.empty")
                    : text.format("validation.noneValid", r.rowsRead()));
        } else if (!r.hasProblems()) {
            setVerdict(Tone.SUCCESS, text.format("validation.allValid", r.rowsImported()));
        } else if (skipInvalid.get()) {
            setVerdict(Tone.WARNING, text.format("validation.skipping", r.rowsImported(), Math.max(invalid, 0)));
        } else {
            setVerdict(Tone.DANGER, text.format("validation.blocked", Math.max(invalid, 1), r.rowsImported()));
        }
        canImport.set(r.rowsImported() > 0 && (!r.hasProblems() || skipInvalid.get()));
    }

    private void setVerdict(Tone t, String sentence) {
        tone.set(t);
        verdict.set(sentence);
    }

    ImportReport report() {
        return report.get();
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public ObjectProperty<RevenueMode> revenueModeProperty() {
        return revenueMode;
    }

    public BooleanProperty inverseRatesProperty() {
        return inverseRates;
    }

    /** ISO 4217 codes to choose the currency of lines without one from. */
    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    /** True for a revenue file without a currency column: the user gives the lines' currency. */
    public ReadOnlyBooleanProperty currencyNeededProperty() {
        return currencyNeeded.getReadOnlyProperty();
    }

    public BooleanProperty createAccountsProperty() {
        return createAccounts;
    }

    /** Accounts the import creates and FX rates the revenue has none for, one sentence a line ("" = none). */
    public ReadOnlyStringProperty revenueNotesProperty() {
        return revenueNotes.getReadOnlyProperty();
    }

    /** True when the checked revenue has currencies and years without an FX rate. */
    public ReadOnlyBooleanProperty ratesMissingProperty() {
        return ratesMissing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ProblemListViewModel problems() {
        return problems;
    }

    public ReadOnlyStringProperty rowsReadProperty() {
        return rowsRead.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validRowsProperty() {
        return validRows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemCountProperty() {
        return problemCount.getReadOnlyProperty();
    }

    /** One sentence on what will happen with this report. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modeChoiceNeededProperty() {
        return modeChoiceNeeded.getReadOnlyProperty();
    }
}
