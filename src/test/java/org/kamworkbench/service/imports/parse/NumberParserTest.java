package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberParserTest {
    private final NumberParser point = new NumberParser(new NumberStyle('.', true));
    private final NumberParser comma = new NumberParser(new NumberStyle(',', true));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.56|12345600", "1,234.56|12345600", "1'234.56|12345600", "1 234.56|12345600",
            "1\u00A0234.56|12345600", "1\u202F234.56|12345600", "-1,234.56|-12345600", "(1,234.56)|-12345600",
            "1,234.56-|-12345600", "\u22121234.56|-12345600", "$1,234.56|12345600", "€ 1,234.56|12345600",
            "USD 1,234.56|12345600", "1,234.56 EUR|12345600", "-$12|-120000", "$-12|-120000", "+7|70000",
            ".5|5000", "0.0001|1", "1,234,567|12345670000", "12|120000", "1.23E3|12300000", "12.50000|125000"})
    void readsPointDecimalAmounts(String text, long e4) throws InvalidValueException {
        assertThat(point.parseE4(text)).isEqualTo(e4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234,56|12345600", "1.234,56|12345600", "1 234,56|12345600", "1\u2009234,56|12345600",
            "-1.234,56|-12345600", "(1.234,56)|-12345600", "1.234,56-|-12345600", "1.234.567|12345670000",
            "1.234,56 €|12345600", "CHF 1'234,50|12345000"})
    void readsCommaDecimalAmounts(String text, long e4) throws InvalidValueException {
        assertThat(comma.parseE4(text)).isEqualTo(e4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc|is not an amount", "12,5|is not an amount", "1.2.3|is not an amount", "--5|is not an amount",
            "(5|is not an amount", "12.|is not an amount", "1,23.4|is not an amount", "N/A|is not an amount",
            "0.00001|has more than 4 decimals", "12345678901234567890|is too large", "-(5)|is not an amount"})
    void rejectsWhatIsNotAnAmount(String text, String reason) {
        assertThatThrownBy(() -> point.parseE4(text)).isInstanceOf(InvalidValueException.class).hasMessage(reason);
    }

    @Test
    void notesTheCurrencyCodeWrittenBesideTheNumber() throws InvalidValueException {
        point.parseE4("USD 12.00");
        assertThat(point.lastCode()).isEqualTo("USD");
        point.parseE4("12.00");
        assertThat(point.lastCode()).isNull();
        point.parseE4("$12.00");
        assertThat(point.lastCode()).isNull();
    }

    @Test
    void readsDecimalsAndWholeNumbers() throws InvalidValueException {
        assertThat(point.parseDecimal("0.00724480")).isEqualByComparingTo("0.0072448");
        assertThat(comma.parseDecimal("1,172663")).isEqualByComparingTo(new BigDecimal("1.172663"));
        assertThat(point.parseWhole("1,200")).isEqualTo(1200);
        assertThat(comma.parseWhole("1.200")).isEqualTo(1200);
        assertThat(point.parseWhole("1200.00")).isEqualTo(1200);
        assertThatThrownBy(() -> point.parseWhole("12.5")).hasMessage("is not a whole number");
    }

    @Test
    void aGuessedStyleGivesWayToAValueThatProvesTheOther() throws InvalidValueException {
        NumberParser guessed = new NumberParser(new NumberStyle('.', false));
        assertThat(guessed.parseE4("1,234")).isEqualTo(12_340_000);
        assertThatThrownBy(() -> guessed.parseE4("12,5"))
                .isInstanceOfSatisfying(StyleConflictException.class,
                        e -> assertThat(e.number()).isEqualTo(new NumberStyle(',', true)));
        assertThatThrownBy(() -> guessed.parseE4("abc")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void detectsTheDecimalSeparatorFromTheValues() {
        assertThat(StyleDetector.numberStyle(java.util.List.of("1,234.56", "12"), ',')).isEqualTo(new NumberStyle('.', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("1.234,56"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("12,5", "3"), ';')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("1.234.567"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("1 234,5"), ',')).isEqualTo(new NumberStyle(',', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("0.949668"), ',')).isEqualTo(new NumberStyle('.', true));
        assertThat(StyleDetector.numberStyle(java.util.List.of("1,234", "17"), ';')).isEqualTo(new NumberStyle(',', false));
        assertThat(StyleDetector.numberStyle(java.util.List.of("1,234", "17"), ',')).isEqualTo(new NumberStyle('.', false));
    }
}
