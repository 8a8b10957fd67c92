package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AbcThresholdsTest {
    @Test
    void presetsAndBounds() {
        assertThat(AbcThresholds.PRESETS).extracting(AbcThresholds::label)
                .containsExactly("80/15/5", "70/20/10", "80/20", "75/25", "70/30");
        assertThat(AbcThresholds.DEFAULT.upperBound(0)).isEqualByComparingTo("0.80");
        assertThat(AbcThresholds.DEFAULT.upperBound(1)).isEqualByComparingTo("0.95");
        assertThat(AbcThresholds.parse(" 72.5,20 ,7.5").upperBound(1)).isEqualByComparingTo(new BigDecimal("0.925"));
    }

    @Test
    void badClassesAreRefusedWithASentence() {
        assertThatThrownBy(() -> AbcThresholds.parse("80,15")).hasMessageContaining("add up to 100")
                .hasMessageContaining("95");
        assertThatThrownBy(() -> AbcThresholds.parse("80,x,5")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> AbcThresholds.parse("100")).hasMessageContaining("2 or 3");
        assertThatThrownBy(() -> AbcThresholds.parse("50,30,10,10")).hasMessageContaining("2 or 3");
        assertThatThrownBy(() -> AbcThresholds.parse("110,-10")).hasMessageContaining("positive");
    }
}
