package org.kamworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

class SettingsViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private int changes;
    private final SettingsViewModel model = new SettingsViewModel(new SettingsService(ws, ws), Background.DIRECT,
            TestWorkspaces.english(), () -> changes++);

    @BeforeEach
    void load() {
        model.refresh();
    }

    @Test
    void loadsTheWorkspaceSettings() {
        assertThat(model.reportingCurrencyProperty().get()).isEqualTo("EUR");
        assertThat(model.regions()).contains(new RegionEntry("US", "AMER"), new RegionEntry("IT", "EMEA"));
        assertThat(model.currencies()).contains("EUR", "USD", "JPY");
    }

    @Test
    void changesTheReportingCurrency() {
        model.setReportingCurrency(" usd ");
        assertThat(ws.settings.reportingCurrency()).isEqualTo("USD");
        assertThat(model.reportingCurrencyProperty().get()).isEqualTo("USD");
        assertThat(model.currencyErrorProperty().get()).isEmpty();
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownCurrencyAndSavesNothing() {
        model.setReportingCurrency("EURO");
        assertThat(model.currencyErrorProperty().get()).isEqualTo("'EURO' is not an ISO 4217 currency code (e.g. EUR, USD).");
        assertThat(ws.settings.reportingCurrency()).isEqualTo("EUR");
        assertThat(changes).isZero();
    }

    @Test
    void editsAddsRemovesAndResetsRegions() {
        model.setRegion("CH", "DACH");
        assertThat(ws.settings.regionByCountry()).containsEntry("CH", "DACH");
        assertThat(model.regions()).contains(new RegionEntry("CH", "DACH"));
        model.removeCountry("CH");
        assertThat(ws.settings.regionByCountry()).doesNotContainKey("CH");
        model.addCountry("ch", "Alps");
        assertThat(ws.settings.regionByCountry()).containsEntry("CH", "Alps");
        model.resetRegions();
        assertThat(ws.settings.regionByCountry()).containsEntry("CH", "EMEA");
    }

    @Test
    void refusesBadRegionEdits() {
        model.addCountry("US", "Americas");
        assertThat(model.regionErrorProperty().get()).isEqualTo(
                "US is already mapped to AMER: double-click its region in the table to change it.");
        model.addCountry("ZZ", "Nowhere");
        assertThat(model.regionErrorProperty().get()).isEqualTo("'ZZ' is not an ISO 3166 country code.");
        model.setRegion("DE", "  ");
        assertThat(model.regionErrorProperty().get()).isEqualTo("The region of DE is empty: type a region such as EMEA.");
        assertThat(ws.settings.regionByCountry()).containsEntry("US", "AMER").containsEntry("DE", "EMEA")
                .doesNotContainKey("ZZ");
    }

    @Test
    void addsChangesAndDeletesFxRates() {
        model.addFxRate("usd", "2024", 0, "0.92");
        model.addFxRate("USD", "2024", 3, "0.91");
        assertThat(model.fxRates()).containsExactly(new FxRate("USD", 2024, 0, new BigDecimal("0.92")),
                new FxRate("USD", 2024, 3, new BigDecimal("0.91")));
        model.changeFxRate(model.fxRates().get(0), "0.925");
        assertThat(ws.fx.get("USD:2024:0").rate()).isEqualByComparingTo("0.925");
        model.deleteFxRate(model.fxRates().get(1));
        assertThat(ws.fx).containsOnlyKeys("USD:2024:0");
        assertThat(model.fxErrorProperty().get()).isEmpty();
    }

    @Test
    void refusesBadFxInputWithASentenceAndSavesNothing() {
        model.addFxRate("USD", "24", 0, "0.9");
        assertThat(model.fxErrorProperty().get()).isEqualTo("“24” is not a year: type four digits, e.g. 2024.");
        model.addFxRate("USD", "2024", 0, "abc");
        assertThat(model.fxErrorProperty().get()).isEqualTo("“abc” is not a number (write it like 1,234.5).");
        model.addFxRate("USD", "2024", 0, "-1");
        assertThat(model.fxErrorProperty().get()).isEqualTo("An FX rate must be a positive number.");
        model.addFxRate("XX", "2024", 0, "1");
        assertThat(model.fxErrorProperty().get()).contains("not an ISO 4217 currency code");
        assertThat(ws.fx).isEmpty();
        model.addFxRate("USD", "2024", 0, "0.9");
        assertThat(model.fxErrorProperty().get()).isEmpty();
        assertThat(ws.fx).hasSize(1);
    }

    @Test
    void readsDecimalsTheItalianWay() {
        SettingsViewModel italian = new SettingsViewModel(new SettingsService(ws, ws), Background.DIRECT,
                Texts.forLocale(Locale.ITALY), () -> { });
        italian.refresh();
        italian.addFxRate("GBP", "2024", 0, "1,18");
        assertThat(ws.fx.get("GBP:2024:0").rate()).isEqualByComparingTo("1.18");
        assertThat(italian.decimal(new BigDecimal("1.18"))).isEqualTo("1,18");
        italian.addFxRate("GBP", "2024", 0, "uno");
        assertThat(italian.fxErrorProperty().get()).isEqualTo("“uno” non è un numero (scrivilo come 1.234,5).");
    }

    @Test
    void anItalianNumberFieldGroupsWithPointsAndRefusesAPointAsDecimal() {
        SettingsViewModel italian = new SettingsViewModel(new SettingsService(ws, ws), Background.DIRECT,
                Texts.forLocale(Locale.ITALY), () -> { });
        italian.refresh();
        italian.addFxRate("JPY", "2024", 0, "1.000");
        assertThat(ws.fx.get("JPY:2024:0").rate()).isEqualByComparingTo("1000");
        italian.addFxRate("CHF", "2024", 0, "1,5");
        assertThat(ws.fx.get("CHF:2024:0").rate()).isEqualByComparingTo("1.5");
        italian.addFxRate("USD", "2024", 0, "1.5");
        assertThat(italian.fxErrorProperty().get()).isEqualTo("“1.5” non è un numero (scrivilo come 1.234,5).");
        assertThat(ws.fx).doesNotContainKey("USD:2024:0");
        italian.addFxRate("USD", "2024", 0, "1e3");
        assertThat(italian.fxErrorProperty().get()).isEqualTo("“1e3” non è un numero (scrivilo come 1.234,5).");
    }

    @Test
    void addsChangesAndDeletesInflation() {
        model.addInflationRate("EMEA", "2023", "5.4");
        assertThat(model.inflationRates()).containsExactly(new InflationRate("EMEA", 2023, new BigDecimal("5.4")));
        model.changeInflationRate(model.inflationRates().get(0), "5.5");
        assertThat(ws.inflation.get("EMEA:2023").percent()).isEqualByComparingTo("5.5");
        model.changeInflationRate(model.inflationRates().get(0), "5.6 %"); // a rate may carry its per cent sign
        assertThat(ws.inflation.get("EMEA:2023").percent()).isEqualByComparingTo("5.6");
        model.changeInflationRate(model.inflationRates().get(0), "5.7 kg");
        assertThat(ws.inflation.get("EMEA:2023").percent()).isEqualByComparingTo("5.6");
        model.addInflationRate(" ", "2023", "2");
        assertThat(model.inflationErrorProperty().get()).isEqualTo("Inflation needs a currency or a region.");
        model.addInflationRate("EUR", "2023", "-150");
        assertThat(model.inflationErrorProperty().get()).isEqualTo("Inflation must be a percentage above -100.");
        model.deleteInflationRate(model.inflationRates().get(0));
        assertThat(ws.inflation).isEmpty();
    }
}
