package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupedDigitsTest {
    private final NumberDigits pointDigits = new NumberDigits();
    private final NumberDigits commaDigits = new NumberDigits();
    private final GroupedDigits point = new GroupedDigits('.', pointDigits);
    private final GroupedDigits comma = new GroupedDigits(',', commaDigits);

    @Test
    void readsTheGroupsOfTheStyleAndKeepsOnlyTheDigits() {
        assertThat(point.scan("1,234,567.89", 0, 12)).isEqualTo(12);
        assertThat(pointDigits.decimal(false)).isEqualByComparingTo("1234567.89");
        assertThat(comma.scan("1.234.567,89", 0, 12)).isEqualTo(12);
        assertThat(commaDigits.decimal(false)).isEqualByComparingTo("1234567.89");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1'234'567", "1’234'567", "1 234 567", "1\u00A0234\u202F567", "1\u2007234"})
    void apostrophesAreOneKindAndSoAreAllTheSpacesThatGroupThousands(String text) {
        assertThat(point.scan(text, 0, text.length())).as(text).isEqualTo(text.length());
        assertThat(comma.scan(text, 0, text.length())).as(text).isEqualTo(text.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,234|.|5", "1.234|,|5", "1,234,567|,|5", "1.234.567|.|5", "12.|.|-1", ",5|.|-1", "1234,567|.|-1", "1,23|.|-1",
            "1,2345|.|-1", "1,234'567|.|-1", "1 234,567|.|-1", "1.234,5|.|5"})
    void endsWhereTheDigitsEndAndRefusesWhatBreaksTheGroups(String text, char decimal, int end) {
        GroupedDigits digits = new GroupedDigits(decimal, new NumberDigits());
        assertThat(digits.scan(text, 0, text.length())).as(text).isEqualTo(end);
    }

    @Test
    void aSpaceBeforeACurrencyOrASignEndsTheDigits() {
        assertThat(point.scan("1 234 EUR", 0, 9)).isEqualTo(5);
        assertThat(pointDigits.decimal(false)).isEqualByComparingTo("1234");
        assertThat(comma.scan("12 -", 0, 4)).isEqualTo(2);
    }

    @Test
    void readsOnlyInsideTheGivenRange() {
        assertThat(point.scan("x12.5y", 1, 5)).isEqualTo(5);
        assertThat(pointDigits.decimal(false)).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void refusesMoreThanFortyDigits() {
        String forty = "1".repeat(40);
        assertThat(point.scan(forty, 0, 40)).isEqualTo(40);
        NumberDigits more = new NumberDigits();
        assertThat(new GroupedDigits('.', more).scan(forty + "1", 0, 41)).isEqualTo(-1);
        NumberDigits decimals = new NumberDigits();
        assertThat(new GroupedDigits('.', decimals).scan("1." + forty, 0, 42)).isEqualTo(-1);
    }
}
