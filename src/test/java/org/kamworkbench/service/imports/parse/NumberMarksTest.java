package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberMarksTest {
    private final NumberMarks marks = new NumberMarks();

    @Test
    void aCurrencyBeforeTheNumberOnlyForAmounts() {
        assertThat(marks.currencyAt("EUR 12", 0, 6, NumberKind.AMOUNT)).isEqualTo(4);
        assertThat(marks.currency().onlyCode()).isEqualTo("EUR");
        assertThat(marks.any()).isTrue();
        marks.clear();
        assertThat(marks.currencyAt("EUR 12", 0, 6, NumberKind.PLAIN)).isEqualTo(-1);
        assertThat(marks.currencyAt("EUR 12", 0, 6, NumberKind.RATE)).isEqualTo(-1);
        assertThat(marks.currency()).isNull();
    }

    @Test
    void noMarkLeavesTheIndexAndLettersThatAreNoCurrencyAreRefused() {
        assertThat(marks.currencyAt("12", 0, 2, NumberKind.AMOUNT)).isZero();
        assertThat(marks.any()).isFalse();
        assertThat(marks.currencyAt("kg 12", 0, 5, NumberKind.AMOUNT)).isEqualTo(-1);
        assertThat(marks.currencyAt("EURO 12", 0, 7, NumberKind.AMOUNT)).isEqualTo(-1);
        assertThat(marks.currency()).isNull();
    }

    @Test
    void aCurrencyOrAPercentSignAfterTheNumber() {
        assertThat(marks.trailingAt("12 zł", 3, 5, NumberKind.AMOUNT)).isEqualTo(5);
        assertThat(marks.currency().onlyCode()).isEqualTo("PLN");
        marks.clear();
        assertThat(marks.trailingAt("2,5 % ", 4, 6, NumberKind.RATE)).isEqualTo(6);
        assertThat(marks.percent()).isTrue();
        assertThat(marks.any()).isTrue();
        marks.clear();
        assertThat(marks.trailingAt("2,5%", 3, 4, NumberKind.AMOUNT)).isEqualTo(-1);
        assertThat(marks.trailingAt("2,5%", 3, 4, NumberKind.PLAIN)).isEqualTo(-1);
        assertThat(marks.percent()).isFalse();
    }

    @Test
    void aNumberCarriesOneCurrencyAtMost() {
        marks.currencyAt("€ 12 $", 0, 6, NumberKind.AMOUNT);
        assertThat(marks.trailingAt("€ 12 $", 5, 6, NumberKind.AMOUNT)).isEqualTo(5);
        assertThat(marks.currency().written()).isEqualTo("€");
    }
}
