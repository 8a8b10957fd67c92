package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A number for a field keeps every digit and no grouping (it is read back); in a table it is grouped. */
class TextsNumbersTest {
    private final Texts english = Texts.forLocale(Locale.US);
    private final Texts italian = Texts.forLocale(Locale.ITALY);

    @Test
    void aFieldShowsTheNumberAsTypedAndATableGroupsIt() {
        BigDecimal target = new BigDecimal("1286339.25");
        assertThat(english.decimal(target)).isEqualTo("1286339.25");
        assertThat(english.groupedDecimal(target)).isEqualTo("1,286,339.25");
        assertThat(italian.decimal(target)).isEqualTo("1286339,25");
        assertThat(italian.groupedDecimal(target)).isEqualTo("1.286.339,25");
        assertThat(italian.groupedDecimal(new BigDecimal("40"))).isEqualTo("40");
    }
}
