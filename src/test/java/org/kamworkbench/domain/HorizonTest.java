package org.kamworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HorizonTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 31);

    @Test
    void sixMonthsToTheDayIsStillShortTheDayAfterIsMedium() {
        assertThat(Horizon.of(START, START)).isEqualTo(Horizon.SHORT);
        assertThat(Horizon.of(START, LocalDate.of(2026, 7, 31))).isEqualTo(Horizon.SHORT);
        assertThat(Horizon.of(START, LocalDate.of(2026, 8, 1))).isEqualTo(Horizon.MEDIUM);
    }

    @Test
    void eighteenMonthsIsMediumBeyondIsLong() {
        assertThat(Horizon.of(START, LocalDate.of(2027, 7, 31))).isEqualTo(Horizon.MEDIUM);
        assertThat(Horizon.of(START, LocalDate.of(2027, 8, 1))).isEqualTo(Horizon.LONG);
        assertThat(Horizon.of(START, LocalDate.of(2029, 1, 31))).isEqualTo(Horizon.LONG);
    }

    @Test
    void endOfFebruaryCountsAsSixMonthsAfterEndOfAugust() {
        LocalDate start = LocalDate.of(2025, 8, 31);
        assertThat(Horizon.of(start, LocalDate.of(2026, 2, 28))).isEqualTo(Horizon.SHORT);
        assertThat(Horizon.of(start, LocalDate.of(2026, 3, 1))).isEqualTo(Horizon.MEDIUM);
    }
}
