package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberDigitsTest {
    private final NumberDigits digits = new NumberDigits();

    private NumberDigits of(String whole, String fraction) {
        digits.clear();
        whole.chars().forEach(c -> digits.keep((char) c, false));
        fraction.chars().forEach(c -> digits.keep((char) c, true));
        return digits;
    }

    @Test
    void givesUnitsOfOneTenThousandth() throws InvalidValueException {
        assertThat(of("12", "5").e4(false)).isEqualTo(125_000);
        assertThat(of("12", "5").e4(true)).isEqualTo(-125_000);
        assertThat(of("0", "0001").e4(false)).isEqualTo(1);
        assertThat(of("99999999999999", "9999").e4(false)).isEqualTo(999_999_999_999_999_999L);
        assertThat(of("7", "500000").e4(false)).isEqualTo(75_000);
    }

    @Test
    void longWholePartsGoThroughTheExactPathWithTheSameRefusals() throws InvalidValueException {
        assertThat(of("123456789012345", "").e4(true)).isEqualTo(-1_234_567_890_123_450_000L);
        assertThat(of("123456789012345", "0000").e4(false)).isEqualTo(1_234_567_890_123_450_000L);
        assertThatThrownBy(() -> of("123456789012345", "00001").e4(false)).hasMessage("has more than 4 decimals");
        assertThatThrownBy(() -> of("1234567890123456", "").e4(false)).hasMessage("is too large");
        assertThatThrownBy(() -> of("1", "00001").e4(false)).hasMessage("has more than 4 decimals");
    }

    @Test
    void givesTheExactDecimalAsWritten() {
        assertThat(of("1200", "00").decimal(false)).hasToString("1200.00");
        assertThat(of("0", "5").decimal(true)).hasToString("-0.5");
        assertThat(of("1234567890", "1234567890").decimal(true)).hasToString("-1234567890.1234567890");
        assertThat(of("12345678901234567890", "").decimal(false)).hasToString("12345678901234567890");
    }

    @Test
    void keepsAtMostFortyDigits() {
        digits.clear();
        for (int k = 0; k < 40; k++) {
            assertThat(digits.keep('1', k % 2 == 0)).isTrue();
        }
        assertThat(digits.keep('1', false)).isFalse();
        assertThat(digits.keep('1', true)).isFalse();
        assertThat(digits.wholeCount()).isEqualTo(20);
    }
}
