package org.kamworkbench.ui.settings;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.DefaultRegions;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The workspace settings: reporting currency, region mapping, FX and inflation tables. Each edit is
 * checked here (what the user typed) and by {@link SettingsService} (what it means), then saved as
 * one transaction; a refused edit leaves its sentence in the section's error and saves nothing.
 */
public final class SettingsViewModel {
    private final SettingsService service;
    private final Background background;
    private final Texts texts;
    private final Runnable dataChanged;

    private final ReadOnlyStringWrapper reportingCurrency = new ReadOnlyStringWrapper("");
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObservableList<RegionEntry> regions = FXCollections.observableArrayList();
    private final ObservableList<FxRate> fxRates = FXCollections.observableArrayList();
    private final ObservableList<InflationRate> inflationRates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currencyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fxError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inflationError = new ReadOnlyStringWrapper("");
    private WorkspaceSettings settings;

    private record Loaded(WorkspaceSettings settings, List<FxRate> fx, List<InflationRate> inflation) {
    }

    public SettingsViewModel(SettingsService service, Background background, Texts texts, Runnable dataChanged) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.dataChanged = dataChanged;
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().forEach(currencies::add);
    }

    /** Reloads the settings and both rate tables. */
    public void refresh() {
        background.run(texts.get("progress.settings"),
                monitor -> new Loaded(service.settings(), service.fxRates(), service.inflationRates()), this::show,
                failure -> currencyError.set(Problems.sentence(failure, texts)));
    }

    private void show(Loaded loaded) {
        settings = loaded.settings();
        reportingCurrency.set(settings.reportingCurrency());
        regions.setAll(settings.regionByCountry().entrySet().stream()
                .map(e -> new RegionEntry(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(RegionEntry::country)).toList());
        fxRates.setAll(loaded.fx());
        inflationRates.setAll(loaded.inflation());
    }

    // --- reporting currency and regions: the whole settings record is saved at once ---

    public void setReportingCurrency(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (settings == null || code.equals(settings.reportingCurrency())) {
            currencyError.set("");
            return;
        }
        saveSettings(new WorkspaceSettings(code, settings.regionByCountry()), currencyError);
    }

    public void setRegion(String country, String typedRegion) {
        String region = typedRegion == null ? "" : typedRegion.strip();
        if (region.isEmpty()) {
            regionError.set(texts.format("settings.error.emptyRegion", country));
            refresh();
            return;
        }
        Map<String, String> mapping = new HashMap<>(settings.regionByCountry());
        mapping.put(country, region);
        saveSettings(new WorkspaceSettings(settings.reportingCurrency(), mapping), regionError);
    }

    public void addCountry(String typedCountry, String typedRegion) {
        String country = typedCountry == null ? "" : typedCountry.strip().toUpperCase(Locale.ROOT);
        String region = typedRegion == null ? "" : typedRegion.strip();
        if (country.isEmpty()) {
            regionError.set(texts.get("settings.error.emptyCountry"));
        } else if (settings.regionByCountry().containsKey(country)) {
            regionError.set(texts.format("settings.error.countryMapped", country, settings.regionByCountry().get(country)));
        } else if (region.isEmpty()) {
            regionError.set(texts.format("settings.error.emptyRegion", country));
        } else {
            Map<String, String> mapping = new HashMap<>(settings.regionByCountry());
            mapping.put(country, region);
            saveSettings(new WorkspaceSettings(settings.reportingCurrency(), mapping), regionError);
        }
    }

    public void removeCountry(String country) {
        Map<String, String> mapping = new HashMap<>(settings.regionByCountry());
        mapping.remove(country);
        saveSettings(new WorkspaceSettings(settings.reportingCurrency(), mapping), regionError);
    }

    public void resetRegions() {
        saveSettings(new WorkspaceSettings(settings.reportingCurrency(), DefaultRegions.mapping()), regionError);
    }

    private void saveSettings(WorkspaceSettings changed, ReadOnlyStringWrapper error) {
        save(() -> service.save(changed), error);
    }

    // --- FX table ---

    /** Adds (or replaces) the rate of a currency for a year ({@code month} 0) or a month. */
    public void addFxRate(String typedCurrency, String typedYear, int month, String typedRate) {
        String currency = typedCurrency == null ? "" : typedCurrency.strip().toUpperCase(Locale.ROOT);
        Integer year = parseYear(typedYear, fxError);
        BigDecimal rate = year == null ? null : parseNumber(typedRate, fxError);
        if (rate != null) {
            save(() -> service.saveFxRate(new FxRate(currency, year, month, rate)), fxError);
        }
    }

    public void changeFxRate(FxRate old, String typedRate) {
        BigDecimal rate = parseNumber(typedRate, fxError);
        if (rate == null) {
            refresh();
            return;
        }
        save(() -> service.saveFxRate(new FxRate(old.currency(), old.year(), old.month(), rate)), fxError);
    }

    public void deleteFxRate(FxRate rate) {
        save(() -> service.deleteFxRate(rate), fxError);
    }

    // --- inflation table ---

    public void addInflationRate(String typedScope, String typedYear, String typedPercent) {
        String scope = typedScope == null ? "" : typedScope.strip();
        Integer year = parseYear(typedYear, inflationError);
        BigDecimal percent = year == null ? null : parsePercent(typedPercent, inflationError);
        if (percent != null) {
            save(() -> service.saveInflationRate(new InflationRate(scope, year, percent)), inflationError);
        }
    }

    public void changeInflationRate(InflationRate old, String typedPercent) {
        BigDecimal percent = parsePercent(typedPercent, inflationError);
        if (percent == null) {
            refresh();
            return;
        }
        save(() -> service.saveInflationRate(new InflationRate(old.scope(), old.year(), percent)), inflationError);
    }

    public void deleteInflationRate(InflationRate rate) {
        save(() -> service.deleteInflationRate(rate), inflationError);
    }

    // --- shared ---

    private void save(Runnable write, ReadOnlyStringWrapper error) {
        background.run(texts.get("progress.saving"), monitor -> {
            write.run();
            return new Loaded(service.settings(), service.fxRates(), service.inflationRates());
        }, loaded -> {
            error.set("");
            show(loaded);
            dataChanged.run();
        }, failure -> {
            error.set(Problems.sentence(failure, texts));
            refresh();
        });
    }

    private Integer parseYear(String typed, ReadOnlyStringWrapper error) {
        String s = typed == null ? "" : typed.strip();
        if (s.matches("\\d{4}")) {
            int year = Integer.parseInt(s);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        }
        error.set(texts.format("settings.error.year", s));
        return null;
    }

    private BigDecimal parseNumber(String typed, ReadOnlyStringWrapper error) {
        return orError(texts.parseDecimal(typed), typed, error);
    }

    /** Inflation is a rate: "2,5 %" and "2,5" both read 2.5 (per cent). */
    private BigDecimal parsePercent(String typed, ReadOnlyStringWrapper error) {
        return orError(texts.parseRate(typed), typed, error);
    }

    private BigDecimal orError(BigDecimal value, String typed, ReadOnlyStringWrapper error) {
        if (value == null) {
            error.set(texts.format("settings.error.number", typed == null ? "" : typed.strip()));
        }
        return value;
    }

    /** Formats a rate or percentage for the tables: exact, with the locale's decimal separator. */
    public String decimal(BigDecimal value) {
        return texts.decimal(value);
    }

    public ReadOnlyStringProperty reportingCurrencyProperty() {
        return reportingCurrency.getReadOnlyProperty();
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObservableList<RegionEntry> regions() {
        return regions;
    }

    public ObservableList<FxRate> fxRates() {
        return fxRates;
    }

    public ObservableList<InflationRate> inflationRates() {
        return inflationRates;
    }

    public ReadOnlyStringProperty currencyErrorProperty() {
        return currencyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionErrorProperty() {
        return regionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fxErrorProperty() {
        return fxError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inflationErrorProperty() {
        return inflationError.getReadOnlyProperty();
    }
}
