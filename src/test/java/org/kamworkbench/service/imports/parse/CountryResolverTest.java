package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways CRM and ERP exports write countries (issue 11 §3). */
class CountryResolverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // export aliases
            "EIRE|IE", "Eire|IE", "RSA|ZA", "UK|GB", "Great Britain|GB", "England|GB", "Holland|NL", "USA|US",
            "U.S.A.|US", "Czech Republic|CZ", "Czechia|CZ", "Türkiye|TR", "TURKIYE|TR", "Russian Federation|RU",
            "Republic of Korea|KR", "Korea, Republic of|KR", "South Korea|KR", "Viet Nam|VN", "Macao|MO",
            "Macau|MO", "Syrian Arab Republic|SY", "Côte d'Ivoire|CI", "Cote d'Ivoire|CI", "Ivory Coast|CI",
            "Jersey|JE", "Guernsey|GG",
            // "and" / "&" variants
            "Trinidad and Tobago|TT", "Trinidad & Tobago|TT", "trinidad AND tobago|TT", "Bosnia and Herzegovina|BA",
            "Bosnia & Herzegovina|BA", "Antigua and Barbuda|AG", "Antigua & Barbuda|AG",
            "Saint Kitts and Nevis|KN", "St. Kitts & Nevis|KN", "Sao Tome and Principe|ST",
            "Heard Island and McDonald Islands|HM", "Turks and Caicos Islands|TC",
            // official names
            "United Kingdom of Great Britain and Northern Ireland|GB", "Federal Republic of Germany|DE",
            "Bundesrepublik Deutschland|DE", "Repubblica Italiana|IT", "République française|FR",
            "Reino de España|ES", "Kingdom of Spain|ES", "French Republic|FR", "Italian Republic|IT",
            "Swiss Confederation|CH", "Schweizerische Eidgenossenschaft|CH", "Confédération suisse|CH",
            "Republic of Austria|AT", "Kingdom of the Netherlands|NL", "People's Republic of China|CN",
            "United States of America|US", "Estados Unidos|US", "Reino Unido|GB", "Alemania|DE",
            "Russie|RU", "Russland|RU", "Corea del Sud|KR", "Südkorea|KR", "Corée du Sud|KR",
            "Iran, Islamic Republic of|IR", "Tanzania, United Republic of|TZ", "Bolivia, Plurinational State of|BO",
            "Venezuela, Bolivarian Republic of|VE", "Moldova, Republic of|MD", "Lao People's Democratic Republic|LA",
            "Taiwan, Province of China|TW", "Hong Kong SAR|HK", "Macao SAR|MO", "ie|IE", "irl|IE", "zaf|ZA"})
    void resolvesTheWaysExportsWriteCountries(String value, String iso) {
        assertThat(CountryResolver.iso2(value)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unspecified", "European Community", "Channel Islands", "Europe", "n/a", "Atlantis",
        "and", "&"})
    void whatIsNotOneCountryResolvesToNothing(String value) {
        assertThat(CountryResolver.iso2(value)).isNull();
    }
}
