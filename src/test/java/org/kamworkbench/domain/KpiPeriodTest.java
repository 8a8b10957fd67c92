package org.kamworkbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {
    @Test
    void readsYearsQuartersAndMonths() {
        assertThat(KpiPeriod.parse("2025")).isEqualTo(KpiPeriod.year(2025));
        assertThat(KpiPeriod.parse("2025-Q3")).isEqualTo(KpiPeriod.quarter(2025, 3));
        assertThat(KpiPeriod.parse(" 2025-q1 ")).isEqualTo(KpiPeriod.quarter(2025, 1));
        assertThat(KpiPeriod.parse("2025-03")).isEqualTo(KpiPeriod.month(2025, 3));
        assertThat(KpiPeriod.parse("2025-13")).isNull();
        assertThat(KpiPeriod.parse("2025-Q5")).isNull();
        assertThat(KpiPeriod.parse("Q1")).isNull();
        assertThat(KpiPeriod.parse("")).isNull();
    }

    @Test
    void writesWhatItReads() {
        for (String s : new String[] {"2024", "2024-Q4", "2024-01", "2024-12"}) {
            assertThat(KpiPeriod.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void quarterSpansThreeMonthsAndPeriodsBetweenCoverTheRange() {
        KpiPeriod q2 = KpiPeriod.quarter(2025, 2);
        assertThat(q2.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q2.end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(q2.next()).isEqualTo(KpiPeriod.quarter(2025, 3));
        assertThat(KpiPeriod.quarter(2025, 4).next()).isEqualTo(KpiPeriod.quarter(2026, 1));
        assertThat(KpiPeriod.between(KpiFrequency.QUARTERLY, LocalDate.of(2025, 5, 10), LocalDate.of(2026, 1, 2)))
                .extracting(KpiPeriod::toString).containsExactly("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(KpiPeriod.between(KpiFrequency.YEARLY, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)))
                .containsExactly(KpiPeriod.year(2024), KpiPeriod.year(2025));
    }
}
