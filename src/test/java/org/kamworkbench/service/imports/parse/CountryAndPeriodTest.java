package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryAndPeriodTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE|DE", "de|DE", "DEU|DE", "Germany|DE", "Deutschland|DE", "Allemagne|DE", "Germania|DE",
            "USA|US", "U.S.|US", "U.S.A.|US", "United States|US", "Stati Uniti|US", "Vereinigte Staaten|US",
            "UK|GB", "U.K.|GB", "Great Britain|GB", "United Kingdom|GB", "GBR|GB", "Italia|IT", "ITA|IT",
            "Schweiz|CH", "Suisse|CH", "Svizzera|CH", "Switzerland|CH", "España|ES", "Espana|ES", "Spain|ES",
            "UAE|AE", "United Arab Emirates|AE", "Österreich|AT", "Osterreich|AT", "  france |FR",
            "Côte d’Ivoire|CI", "Nederland|NL", "Holland|NL", "日本|JP", "Brasil|BR", "México|MX"})
    void resolvesCodesNamesAndAbbreviations(String value, String iso) {
        assertThat(CountryResolver.iso2(value)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "XX", "Europe", "", "12"})
    void unknownCountriesResolveToNothing(String value) {
        assertThat(CountryResolver.iso2(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024|202400", "2024.0|202400", "FY2024|202400", "FY 2024|202400", "2024-03|202403", "2024/3|202403", "2024.03|202403",
            "03/2024|202403", "3.2024|202403", "202403|202403", "2024-03-17|202403", "Mar 2024|202403",
            "März 2024|202403", "marzo 2024|202403", "mars 2024|202403", "December 2023|202312"})
    void readsPeriods(String text, int period) throws InvalidValueException {
        assertThat(PeriodParser.parse(text)).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "24", "Q1 2024", "abc", "", "13/2024"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> PeriodParser.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("is not a period");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"EUR|EUR", "eur| EUR", " usd |USD", "XYZ|", "EURO|", "€|"})
    void currencyCodesAreIso4217(String text, String code) {
        assertThat(Currencies.code(text)).isEqualTo(code == null ? null : code.strip());
    }
}
