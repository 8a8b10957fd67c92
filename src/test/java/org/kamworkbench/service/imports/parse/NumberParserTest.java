package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.service.port.TableRow;

class NumberParserTest {
    private final NumberParser point = new NumberParser(new NumberStyle('.', true));
    private final NumberParser comma = new NumberParser(new NumberStyle(',', true));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.56|12345600", "1,234.56|12345600", "1'234.56|12345600", "1 234.56|12345600",
            "1\u00A0234.56|12345600", "1\u202F234.56|12345600", "-1,234.56|-12345600", "(1,234.56)|-12345600",
            "1,234.56-|-12345600", "\u22121234.56|-12345600", "$1,234.56|12345600", "€ 1,234.56|12345600",
            "USD 1,234.56|12345600", "1,234.56 EUR|12345600", "-$12|-120000", "$-12|-120000", "+7|70000",
            "0.5|5000", "0.0001|1", "1,234,567|12345670000", "12|120000", "12.50000|125000", "1'234.50|12345000",
            "US$ 12|120000", "12 usd|120000", "(€12)|-120000", "€(12)|-120000", "12 €-|-120000", "12-|-120000",
            "  12.5  |125000", "1’234.5|12345000"})
    void readsPointDecimalAmounts(String text, long e4) throws InvalidValueException {
        assertThat(point.parseE4(text)).isEqualTo(e4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234,56|12345600", "1.234,56|12345600", "1 234,56|12345600", "1\u2009234,56|12345600",
            "1\u00A0234,50|12345000", "-1.234,56|-12345600", "(1.234,50)|-12345000", "1.234,50-|-12345000",
            "1.234.567|12345670000", "1.234,56 €|12345600", "CHF 1'234,50|12345000", "12,3|123000",
            "€12|120000", "12€|120000", "2.000 EUR|20000000"})
    void readsCommaDecimalAmounts(String text, long e4) throws InvalidValueException {
        assertThat(comma.parseE4(text)).isEqualTo(e4);
    }

    /** Every example of issue 11 §1 that must be refused, with a decimal comma. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.567", "12,3x", "12,3 kg", "1e3", "1E3", "NaN", "Infinity", "-Infinity", "12.34.5", "12,34,5",
            "1.23.456", "1.2345", "12.34", "1 2345", "1.234'567", "1.234 567", ",5", "12,", "--5", "(5", "5)",
            "-(5)", "(5)-", "+5-", "€ 12 $", "12 € EUR", "2,5 %", "2,5%", "abc", "N/A", "12 3", "0x1F", "1_000",
            "12,3 EURO", "EUR", "-", "()"})
    void refusesWhatIsNotAnAmountWithADecimalComma(String text) {
        assertThatThrownBy(() -> comma.parseE4(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("is not an amount");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc", "12,5", "1.2.3", "--5", "(5", "12.", "1,23.4", "N/A", "1.23E3", ".5", "1,2345", "12,34.5",
            "1234,567", "1,234'567", "5 %", "Inf", "12 kg"})
    void refusesWhatIsNotAnAmountWithADecimalPoint(String text) {
        assertThatThrownBy(() -> point.parseE4(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("is not an amount");
    }

    @Test
    void refusesEmptyValuesTooManyDecimalsAndTooLargeValues() {
        assertThatThrownBy(() -> point.parseE4("")).hasMessage("is empty");
        assertThatThrownBy(() -> point.parseE4(" \u00A0")).hasMessage("is empty");
        assertThatThrownBy(() -> point.parseE4("0.00001")).hasMessage("has more than 4 decimals");
        assertThatThrownBy(() -> point.parseE4("12345678901234567890")).hasMessage("is too large");
    }

    @Test
    void reportsTheCurrencyWrittenBesideTheNumber() throws InvalidValueException {
        point.parseE4("USD 12.00");
        assertThat(point.lastCurrency().onlyCode()).isEqualTo("USD");
        point.parseE4("12.00");
        assertThat(point.lastCurrency()).isNull();
        point.parseE4("$12.00");
        assertThat(point.lastCurrency().means("USD")).isTrue();
        assertThat(point.lastCurrency().means("CAD")).isTrue();
        assertThat(point.lastCurrency().means("EUR")).isFalse();
        assertThat(point.lastCurrency().onlyCode()).isNull();
        point.parseE4("¥1,200");
        assertThat(point.lastCurrency().codesText()).isEqualTo("CNY, JPY");
        point.parseE4("C$ 5");
        assertThat(point.lastCurrency().means("CAD")).isTrue();
        comma.parseE4("12 zł");
        assertThat(comma.lastCurrency().onlyCode()).isEqualTo("PLN");
    }

    @Test
    void aCurrencyMustAgreeWithTheLinesCurrency() throws InvalidValueException {
        point.parseE4("€12");
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "USD"))
                .hasToString("is in € (EUR) but the line's currency is USD");
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "EUR")).isNull();
        point.parseE4("$12");
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "USD")).isNull();
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "GBP").toString()).startsWith("is in $ (");
        point.parseE4("12 CHF");
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "EUR")).hasToString("is in CHF but the line's currency is EUR");
        point.parseE4("12");
        assertThat(CurrencyMark.disagreement(point.lastCurrency(), "EUR")).isNull();
    }

    @Test
    void percentagesOnlyForRates() throws InvalidValueException {
        assertThat(comma.parseRate("2,5 %")).isEqualByComparingTo("2.5");
        assertThat(comma.lastWasPercent()).isTrue();
        assertThat(point.parseRate("2.5%")).isEqualByComparingTo("2.5");
        assertThat(point.parseRate("-0.75")).isEqualByComparingTo("-0.75");
        assertThat(point.lastWasPercent()).isFalse();
        assertThatThrownBy(() -> point.parseDecimal("2.5%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> point.parseE4("2.5%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> point.parseRate("2.5 EUR")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> point.parseRate("2.5 %%")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> point.parseDecimal("€2.5")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsDecimalsAndWholeNumbers() throws InvalidValueException {
        assertThat(point.parseDecimal("0.00724480")).isEqualByComparingTo("0.0072448");
        assertThat(comma.parseDecimal("1,172663")).isEqualByComparingTo(new BigDecimal("1.172663"));
        assertThat(point.parseWhole("1,200")).isEqualTo(1200);
        assertThat(comma.parseWhole("1.200")).isEqualTo(1200);
        assertThat(point.parseWhole("1200.00")).isEqualTo(1200);
        assertThat(point.parseAmount("-1,234.5678 USD")).isEqualByComparingTo("-1234.5678");
        assertThatThrownBy(() -> point.parseWhole("12.5")).hasMessage("is not a whole number");
        assertThatThrownBy(() -> point.parseWhole("1e3")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void numberCellsOfASpreadsheetAreReadCanonicallyWhateverTheStyle() throws InvalidValueException {
        BitSet numeric = new BitSet();
        numeric.set(0);
        TableRow row = new TableRow(2, List.of("1234.567", "1234.567"), numeric);
        assertThat(comma.forCell(row, 0).parseE4(row.cell(0))).isEqualTo(12_345_670);
        assertThatThrownBy(() -> comma.forCell(row, 1).parseE4(row.cell(1))).isInstanceOf(InvalidValueException.class);
        assertThat(comma.forCell(new TableRow(2, List.of("1,5")), 0).parseE4("1,5")).isEqualTo(15_000);
    }

    @Test
    void aGuessedStyleGivesWayToAValueThatProvesTheOther() throws InvalidValueException {
        NumberParser guessed = new NumberParser(new NumberStyle('.', false));
        assertThat(guessed.parseE4("1,234")).isEqualTo(12_340_000);
        assertThatThrownBy(() -> guessed.parseE4("12,5"))
                .isInstanceOfSatisfying(StyleConflictException.class,
                        e -> assertThat(e.number()).isEqualTo(new NumberStyle(',', true)));
        assertThatThrownBy(() -> guessed.parseE4("abc")).isInstanceOf(InvalidValueException.class);
        NumberParser guessedComma = new NumberParser(new NumberStyle(',', false));
        assertThatThrownBy(() -> guessedComma.parseE4("1234.567"))
                .isInstanceOfSatisfying(StyleConflictException.class,
                        e -> assertThat(e.number()).isEqualTo(new NumberStyle('.', true)));
    }

    @Test
    void detectsTheDecimalSeparatorFromTheValues() {
        assertThat(StyleDetector.numberStyle(List.of("1,234.56", "12"), ',')).isEqualTo(new NumberStyle('.', true));
        assertThat(StyleDetector.numberStyle(List.of("1.234,56"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(List.of("12,5", "3"), ';')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(List.of("1.234.567"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(List.of("1 234,5"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(List.of("0.949668"), ',')).isEqualTo(new NumberStyle('.', true));
        assertThat(StyleDetector.numberStyle(List.of("1,234", "17"), ';')).isEqualTo(new NumberStyle(',', false));
        assertThat(StyleDetector.numberStyle(List.of("1,234", "17"), ',')).isEqualTo(new NumberStyle('.', false));
    }
}
