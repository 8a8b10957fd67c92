package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.ui.TestWorkspaces;

class ChoiceNamesTest {
    private final ChoiceNames names = new ChoiceNames(TestWorkspaces.english());

    @Test
    void periodsAreTheYearOrTheirName() {
        assertThat(names.period(PeriodOption.year(2024))).isEqualTo("2024");
        assertThat(names.period(PeriodOption.LAST_12_MONTHS)).isEqualTo("Last 12 months");
        assertThat(names.period(PeriodOption.WHOLE_HISTORY)).isEqualTo("Whole history");
        assertThat(names.period(PeriodOption.RANGE)).isEqualTo("Date range\u2026");
    }

    @Test
    void abcChoicesNameTheirPercentagesAndClasses() {
        assertThat(names.abc(new AbcOption(AbcThresholds.DEFAULT))).isEqualTo("80/15/5 (A/B/C)");
        assertThat(names.abc(new AbcOption(AbcThresholds.of(75, 25)))).isEqualTo("75/25 (A/B)");
        assertThat(names.abc(AbcOption.CUSTOM)).isEqualTo("Custom\u2026");
        assertThat(names.dimension(Dimension.COUNTRY)).isEqualTo("Country");
    }

    @Test
    void theConverterShowsNothingForNoChoiceAndReadsNoTypedText() {
        var converter = ChoiceNames.converter(names::period);
        assertThat(converter.toString(null)).isEmpty();
        assertThat(converter.toString(PeriodOption.year(2023))).isEqualTo("2023");
        assertThat(converter.fromString("2023")).isNull();
    }
}
