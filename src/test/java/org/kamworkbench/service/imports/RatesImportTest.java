package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.service.imports.fakes.Workbench;

class RatesImportTest {
    private final Workbench wb = new Workbench();

    private static ImportOptions inverse() {
        return new ImportOptions(null, null, null, null, null, null, null, false, null, true);
    }

    @Test
    void importsYearlyAndMonthlyFxRates() {
        ImportReport r = wb.csv(ImportKind.FX, "year,currency,rate_to_eur", "2024,EUR,1", "2024,USD,0.923873",
                "2024,JPY,0.00610314");
        assertThat(r.added()).isEqualTo(3);
        assertThat(wb.rates.fx("USD", 2024, 0)).isEqualTo(new FxRate("USD", 2024, 0, new BigDecimal("0.923873")));
        wb.csv(ImportKind.FX, "Periode;Währung;Kurs", "2024-03;USD;0,91", "03/2024;GBP;1,17");
        assertThat(wb.rates.fx("USD", 2024, 3).rate()).isEqualByComparingTo("0.91");
        assertThat(wb.rates.fx("GBP", 2024, 3).rate()).isEqualByComparingTo("1.17");
        wb.csv(ImportKind.FX, "year,month,currency,rate", "2023,12,CHF,1.03");
        assertThat(wb.rates.fx("CHF", 2023, 12)).isNotNull();
    }

    @Test
    void reimportReportsAddedUpdatedUnchanged() {
        wb.csv(ImportKind.FX, "year,currency,rate", "2024,USD,0.92", "2024,GBP,1.18");
        ImportReport r = wb.csv(ImportKind.FX, "year,currency,rate", "2024,USD,0.9200", "2024,GBP,1.19",
                "2024,CHF,1.05");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(wb.rates.fx("GBP", 2024, 0).rate()).isEqualByComparingTo("1.19");
    }

    @Test
    void inverseRatesAreTurnedIntoReportingUnitsPerForeignUnit() {
        wb.csv(ImportKind.FX, inverse(), "year,currency,rate", "2024,USD,1.0824", "2024,JPY,163.85", "2024,EUR,1");
        assertThat(wb.rates.fx("USD", 2024, 0).rate()).isEqualTo(new BigDecimal("0.923872875092"));
        assertThat(wb.rates.fx("JPY", 2024, 0).rate()).isEqualTo(new BigDecimal("0.006103143119"));
        assertThat(wb.rates.fx("EUR", 2024, 0).rate()).isEqualByComparingTo("1");
    }

    @Test
    void badRatesAreProblemsAndNothingIsWritten() {
        ImportReport r = wb.csv(ImportKind.FX, "year,currency,rate", "2024,USD,0", "2024,GBP,-1", "2024,XYZ,1",
                "24,CHF,1", "2024,EUR,0.5", "2024,JPY,abc", "2024,SEK,0.1", "2024,SEK,0.1");
        assertThat(r.applied()).isFalse();
        assertThat(wb.rates.writes).isZero();
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 2, column 'rate': '0' must be greater than 0",
                "Line 3, column 'rate': '-1' must be greater than 0",
                "Line 4, column 'currency': 'XYZ' is not an ISO 4217 currency code (such as EUR or USD)",
                "Line 5, column 'year': '24' is not a year",
                "Line 6, column 'rate': '0.5' is the rate of the reporting currency EUR, which is always 1",
                "Line 7, column 'rate': 'abc' is not a number",
                "Line 9, column 'currency': 'SEK' repeats the rate of SEK for 2024 given on line 8");
    }

    @Test
    void importsInflationPerCurrencyOrRegion() {
        ImportReport r = wb.csv(ImportKind.INFLATION, "year,scope,percent", "2023,EUR,5.4", "2023,usd,\"4,1\"",
                "2024,EMEA,2.5%", "2024,apac,-0.3 %");
        assertThat(r.added()).isEqualTo(4);
        assertThat(wb.rates.inflation("EUR", 2023)).isEqualTo(new InflationRate("EUR", 2023, new BigDecimal("5.4")));
        assertThat(wb.rates.inflation("USD", 2023).percent()).isEqualByComparingTo("4.1");
        assertThat(wb.rates.inflation("EMEA", 2024).percent()).isEqualByComparingTo("2.5");
        assertThat(wb.rates.inflation("APAC", 2024).percent()).isEqualByComparingTo("-0.3");
        ImportReport again = wb.csv(ImportKind.INFLATION, "Jahr;Währung;Inflation", "2023;EUR;5,4", "2023;USD;4,2");
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
    }

    @Test
    void badInflationRowsAreProblems() {
        ImportReport r = wb.csv(ImportKind.INFLATION, "year,region,inflation", "2024,Atlantis,2", "2024,EUR,high",
                "2024,EUR,-100");
        assertThat(r.problems()).extracting(ImportProblem::reason).containsExactly(
                "is neither an ISO currency code nor a region of this workspace (AMER, APAC, EMEA)",
                "is not a percentage",
                "is not a plausible inflation (it must be above -100 %)");
    }
}
