package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.parse.Text;

class HeaderPatternsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023|2023", "FY2024|2024", "FY 2024|2024", "fy-2024|2024", "2025 revenue|2025", "Umsatz 2021|2021",
            "Fatturato 2022|2022", "Chiffre d'affaires 2020|2020", "Net sales FY2019|2019",
            "Notes 2020|-1", "2023 2024|-1", "Revenue|-1", "20231|-1", "Q1 2024|-1", "Jahr|-1"})
    void theYearOfAWideFormHeader(String header, int year) {
        assertThat(HeaderPatterns.wideYear(header)).isEqualTo(year);
    }

    @Test
    void aWideYearIsARevenueFieldOnly() {
        assertThat(field(ImportKind.REVENUE, "FY2024", "EUR")).isEqualTo("amount:2024");
        assertThat(field(ImportKind.REVENUE, "Customer", "EUR")).isNull();
        assertThat(field(ImportKind.ACCOUNTS, "FY2024", "EUR")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"rate_to_eur", "Rate in EUR", "Rate EUR", "in EUR", "EUR per unit", "EUR per 1 unit", "rateEUR"})
    void rateColumnsNamedAfterTheReportingCurrency(String header) {
        assertThat(field(ImportKind.FX, header, "EUR")).isEqualTo(Fields.RATE);
        assertThat(field(ImportKind.REVENUE, header, "EUR")).isNull();
    }

    @Test
    void aRateToAnotherCurrencyIsRefusedUnlessNoReportingCurrencyIsKnown() {
        assertThatThrownBy(() -> field(ImportKind.FX, "rate_to_usd", "EUR")).isInstanceOf(ImportInputException.class)
                .hasMessageContaining("'rate_to_usd'").hasMessageContaining("rates to USD")
                .hasMessageContaining("reports in EUR");
        assertThat(field(ImportKind.FX, "rate_to_usd", null)).isEqualTo(Fields.RATE);
    }

    @Test
    void threeLettersThatAreNoCurrencyAreNoRate() {
        assertThat(field(ImportKind.FX, "rate_to_xyz", "EUR")).isNull();
        assertThat(field(ImportKind.FX, "exchange rate", "EUR")).isNull();
        assertThat(field(ImportKind.FX, "EUR", "EUR")).as("a bare code is a currency column").isNull();
    }

    private static String field(ImportKind kind, String header, String reportingCurrency) {
        return HeaderPatterns.field(kind, header, Text.key(header), reportingCurrency);
    }
}
