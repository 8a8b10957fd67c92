package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.fx.MissingRateException;

/** Conversion at each month's rate, missing rates, currency exposure and growth (nominal, constant FX, real). */
class FxAndGrowthTest {
    private static final Offset<Double> CLOSE = within(1e-12);

    private static PortfolioAnalysis analyze(InMemoryWorkspace ws, PeriodSpec period) {
        PortfolioService service = ws.service();
        return service.analyze(service.load(), AnalysisRequest.of(period));
    }

    /** EUR1: 100 → 110 EUR; US1: 100 → 100 USD while USD falls from 0.9 to 0.8 EUR. */
    private static InMemoryWorkspace twoCurrencies() {
        return new InMemoryWorkspace()
                .account("EUR1", "EMEA", "EUR").revenue("EUR1", 2023, 1, "100").revenue("EUR1", 2024, 6, "110")
                .account("US1", "AMER", "USD").revenue("US1", 2023, 6, "100").revenue("US1", 2024, 6, "100")
                .fx("USD", 2023, "0.9").fx("USD", 2024, "0.8");
    }

    @Test
    void eachMonthConvertsAtItsMonthlyRateElseTheYearly() {
        InMemoryWorkspace ws = new InMemoryWorkspace().account("US1", "AMER", "USD")
                .revenue("US1", 2024, 3, "100").revenue("US1", 2024, 4, "100.01")
                .fx("USD", 2024, "0.9").fx("USD", 2024, 3, "0.8");
        PortfolioAnalysis a = analyze(ws, PeriodSpec.year(2024));
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("170.009"); // 100 × 0.8 + 100.01 × 0.9
        assertThat(a.reportingCurrency()).isEqualTo("EUR");
    }

    @Test
    void aMissingRateIsAnErrorNamingCurrencyAndMonth() {
        InMemoryWorkspace ws = new InMemoryWorkspace()
                .account("EUR1").revenue("EUR1", 2024, 1, "50")
                .account("US1", "AMER", "USD").revenue("US1", 2024, 3, "100").revenue("US1", 2023, 5, "100")
                .fx("USD", 2023, "0.9");
        assertThatThrownBy(() -> analyze(ws, PeriodSpec.year(2024)))
                .isInstanceOfSatisfying(MissingRateException.class, e -> {
                    assertThat(e.currency()).isEqualTo("USD");
                    assertThat(e.year()).isEqualTo(2024);
                    assertThat(e.month()).isEqualTo(3);
                })
                .hasMessageContaining("USD").hasMessageContaining("2024-03");
        // the year whose rate exists still analyses; the missing rate never converts at 1.0
        assertThat(analyze(ws, PeriodSpec.year(2023)).metrics().totalRevenue()).isEqualByComparingTo("90");
        assertThatThrownBy(() -> analyze(ws, PeriodSpec.wholeHistory())).isInstanceOf(MissingRateException.class);
    }

    @Test
    void aMissingRateInThePreviousPeriodOnlyMakesGrowthUnavailable() {
        InMemoryWorkspace ws = twoCurrencies();
        ws.store.fx.values().removeIf(r -> r.year() == 2023);
        PortfolioAnalysis a = analyze(ws, PeriodSpec.year(2024));
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("190");
        assertThat(a.growth().nominal()).isEmpty();
        assertThat(a.growth().previousRevenue()).isNull();
        assertThat(a.previousMetrics()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("Growth is not available") && n.contains("USD")
                && n.contains("2023-06"));
    }

    @Test
    void growthAtActualAndConstantFx() {
        PortfolioAnalysis a = analyze(twoCurrencies(), PeriodSpec.year(2024));
        Growth g = a.growth();
        assertThat(g.currentRevenue()).isEqualByComparingTo("190"); // 110 + 100 × 0.8
        assertThat(g.previousRevenue()).isEqualByComparingTo("190"); // 100 + 100 × 0.9
        assertThat(g.nominal().getAsDouble()).isCloseTo(0.0, CLOSE);
        // previous year at 2024 rates: 100 + 100 × 0.8 = 180
        assertThat(g.atConstantFx().getAsDouble()).isCloseTo(190 / 180.0 - 1, CLOSE);
        assertThat(a.previousMetrics().totalRevenue()).isEqualByComparingTo("190");

        int us1 = a.data().indexOf("US1");
        assertThat(a.growthOf(us1).nominal().getAsDouble()).isCloseTo(80 / 90.0 - 1, CLOSE);
        assertThat(a.growthOf(us1).atConstantFx().getAsDouble()).isCloseTo(0.0, CLOSE);
    }

    @Test
    void currencyExposure() {
        PortfolioAnalysis a = analyze(twoCurrencies(), PeriodSpec.year(2024));
        assertThat(a.currencies()).extracting(CurrencyExposure::currency).containsExactly("EUR", "USD");
        CurrencyExposure eur = a.currencies().get(0);
        CurrencyExposure usd = a.currencies().get(1);
        assertThat(usd.originalRevenue()).isEqualByComparingTo("100");
        assertThat(usd.revenue()).isEqualByComparingTo("80");
        assertThat(usd.share()).isCloseTo(80 / 190.0, CLOSE);
        assertThat(eur.share()).isCloseTo(110 / 190.0, CLOSE);
        assertThat(usd.growth().nominal().getAsDouble()).isCloseTo(80 / 90.0 - 1, CLOSE);
        assertThat(usd.growth().atConstantFx().getAsDouble()).isCloseTo(0.0, CLOSE);
        assertThat(eur.growth().atConstantFx().getAsDouble()).isCloseTo(0.1, CLOSE);
    }

    @Test
    void realGrowthDeflatesByTheCurrencysInflationAndIsUnavailableWithoutIt() {
        InMemoryWorkspace ws = twoCurrencies().inflation("EUR", 2024, "10").inflation("EUR", 2023, "50");
        PortfolioAnalysis a = analyze(ws, PeriodSpec.year(2024));
        int eur1 = a.data().indexOf("EUR1");
        int us1 = a.data().indexOf("US1");
        // nominal +10 %, inflation 10 % in 2024 (the year the period ends): real 0
        assertThat(a.growthOf(eur1).nominal().getAsDouble()).isCloseTo(0.1, CLOSE);
        assertThat(a.growthOf(eur1).real().getAsDouble()).isCloseTo(0.0, CLOSE);
        // no USD nor AMER inflation: unavailable, never the nominal figure
        assertThat(a.growthOf(us1).nominal()).isPresent();
        assertThat(a.growthOf(us1).real()).isEmpty();
        assertThat(a.growth().real()).isEmpty();
        assertThat(a.currencies().get(1).growth().real()).isEmpty();
        assertThat(a.notes()).anyMatch(n -> n.contains("Real growth is not available") && n.contains("USD"));
    }

    @Test
    void realGrowthFallsBackToTheRegionsInflation() {
        InMemoryWorkspace ws = twoCurrencies().inflation("EUR", 2024, "10").inflation("amer", 2024, "2");
        PortfolioAnalysis a = analyze(ws, PeriodSpec.year(2024));
        int us1 = a.data().indexOf("US1");
        assertThat(a.growthOf(us1).real().getAsDouble()).isCloseTo((80 / 1.02) / 90 - 1, CLOSE);
        assertThat(a.growth().real().getAsDouble()).isCloseTo((110 / 1.1 + 80 / 1.02) / 190 - 1, CLOSE);
        assertThat(a.notes()).noneMatch(n -> n.contains("Real growth"));
    }

    @Test
    void growthNeedsTheWholePreviousPeriodInTheData() {
        PortfolioAnalysis a = analyze(twoCurrencies(), PeriodSpec.year(2023));
        assertThat(a.growth().nominal()).isEmpty();
        assertThat(a.growth().currentRevenue()).isEqualByComparingTo("190");
        assertThat(a.notes()).anyMatch(n -> n.contains("2022-01 to 2022-12"));
        assertThat(a.notes(java.util.Locale.ITALIAN)).anyMatch(n -> n.contains("precedente da 2022-01 a 2022-12 ("));
        // data from January 2023: the last 12 months (2023-07 to 2024-06) compare with 2022-07 to 2023-06, partly
        // before the data, so no growth; 2024 against 2023 is fine
        assertThat(analyze(twoCurrencies(), PeriodSpec.lastTwelveMonths()).growth().nominal()).isEmpty();
        assertThat(analyze(twoCurrencies(), PeriodSpec.year(2024)).growth().nominal()).isPresent();
    }

    @Test
    void constantFxGrowthIsUnavailableWhenTheCurrentPeriodHasNoRate() {
        InMemoryWorkspace ws = new InMemoryWorkspace()
                .account("EUR1").revenue("EUR1", 2023, 1, "100").revenue("EUR1", 2024, 6, "110")
                .account("US1", "AMER", "USD").revenue("US1", 2023, 6, "100")
                .fx("USD", 2023, "0.9");
        PortfolioAnalysis a = analyze(ws, PeriodSpec.year(2024));
        assertThat(a.growth().nominal().getAsDouble()).isCloseTo(110 / 190.0 - 1, CLOSE);
        assertThat(a.growth().atConstantFx()).isEmpty();
        assertThat(a.notes()).anyMatch(n -> n.contains("constant FX") && n.contains("USD") && n.contains("2024-06"));
    }
}
