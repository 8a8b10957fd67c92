package org.kamworkbench.service.settings;

import org.kamworkbench.service.message.UserInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.port.RatesRepository;
import org.kamworkbench.service.port.SettingsRepository;

/** Reads and changes the workspace settings and rate tables, validating every change. */
public final class SettingsService {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final SettingsRepository settings;
    private final RatesRepository rates;

    public SettingsService(SettingsRepository settings, RatesRepository rates) {
        this.settings = settings;
        this.rates = rates;
    }

    public WorkspaceSettings settings() {
        return settings.load();
    }

    /** @throws IllegalArgumentException with a user sentence when the currency or a country is invalid */
    public void save(WorkspaceSettings changed) {
        requireCurrency(changed.reportingCurrency());
        for (Map.Entry<String, String> e : changed.regionByCountry().entrySet()) {
            if (!COUNTRIES.contains(e.getKey())) {
                throw new UserInputException("settings.badCountry", e.getKey());
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new UserInputException("settings.emptyRegion", e.getKey());
            }
        }
        settings.save(changed);
    }

    /**
     * Makes {@code code} the reporting currency, keeping the region mapping, in one transaction. Nothing
     * converted is stored: every figure is converted when it is computed.
     *
     * @throws IllegalArgumentException with a user sentence unless it is an ISO 4217 code
     */
    public void setReportingCurrency(String code) {
        requireCurrency(code);
        WorkspaceSettings current = settings.load();
        settings.save(new WorkspaceSettings(code, current.regionByCountry()));
    }

    public List<FxRate> fxRates() {
        return rates.fxRates();
    }

    public void saveFxRate(FxRate rate) {
        requireCurrency(rate.currency());
        if (rate.rate() == null || rate.rate().signum() <= 0) {
            throw new UserInputException("settings.fxPositive");
        }
        rates.saveFxRates(List.of(rate));
    }

    public void deleteFxRate(FxRate rate) {
        rates.deleteFxRate(rate.currency(), rate.year(), rate.month());
    }

    public List<InflationRate> inflationRates() {
        return rates.inflationRates();
    }

    public void saveInflationRate(InflationRate rate) {
        if (rate.scope() == null || rate.scope().isBlank()) {
            throw new UserInputException("settings.inflationScope");
        }
        if (rate.percent() == null || rate.percent().compareTo(BigDecimal.valueOf(-100)) <= 0) {
            throw new UserInputException("settings.inflationRange");
        }
        rates.saveInflationRates(List.of(rate));
    }

    public void deleteInflationRate(InflationRate rate) {
        rates.deleteInflationRate(rate.scope(), rate.year());
    }

    /** @throws IllegalArgumentException unless {@code code} is an ISO 4217 currency code */
    public static void requireCurrency(String code) {
        try {
            if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("settings.badCurrency", code);
        }
    }
}
