package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Periods resolve to whole months. */
class PeriodSpecTest {
    /** Revenue from January 2023 to June 2024, 10 a month. */
    private static PortfolioData data() {
        InMemoryWorkspace ws = new InMemoryWorkspace().account("A");
        for (int m = 1; m <= 18; m++) {
            ws.revenue("A", 2022 + (m + 11) / 12, (m - 1) % 12 + 1, "10");
        }
        return ws.data();
    }

    private static PortfolioAnalysis analyze(PortfolioData data, PeriodSpec period) {
        return new InMemoryWorkspace().service().analyze(data, AnalysisRequest.of(period));
    }

    @Test
    void aDateRangeCoversEveryMonthItOverlaps() {
        PortfolioAnalysis a = analyze(data(), PeriodSpec.range(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10)));
        assertThat(a.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.period().to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(a.period().months()).isEqualTo(3);
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("30");
        assertThat(a.previousPeriod()).isEqualTo(new AnalysedPeriod(YearMonth.of(2023, 10), YearMonth.of(2023, 12)));
        assertThat(a.growth().nominal().getAsDouble()).isZero();
    }

    @Test
    void aCalendarYearIsJanuaryToDecemberEvenWhenDataStopsEarlier() {
        PortfolioAnalysis a = analyze(data(), PeriodSpec.year(2024));
        assertThat(a.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.period().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("60");
    }

    @Test
    void lastTwelveMonthsEndWithTheLatestMonthWithRevenue() {
        PortfolioAnalysis a = analyze(data(), PeriodSpec.lastTwelveMonths());
        assertThat(a.period()).isEqualTo(new AnalysedPeriod(YearMonth.of(2023, 7), YearMonth.of(2024, 6)));
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("120");
    }

    @Test
    void wholeHistorySpansTheMonthsWithRevenue() {
        PortfolioAnalysis a = analyze(data(), PeriodSpec.wholeHistory());
        assertThat(a.period().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(a.period().to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("180");
        assertThat(a.growth().nominal()).isEmpty();
    }

    @Test
    void periodsWithoutRevenueAreRefusedWithASentence() {
        PortfolioData data = data();
        assertThatThrownBy(() -> analyze(data, PeriodSpec.year(2019)))
                .isInstanceOf(PortfolioInputException.class)
                .hasMessage("There is no revenue in 2019: the workspace holds revenue from 2023-01 to 2024-06.");
        assertThatThrownBy(() -> analyze(data, PeriodSpec.range(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1))))
                .isInstanceOf(PortfolioInputException.class).hasMessageContaining("2024-07-01");
        assertThatThrownBy(() -> PeriodSpec.range(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 1)))
                .isInstanceOf(PortfolioInputException.class).hasMessageContaining("before it starts");
        PortfolioData empty = new InMemoryWorkspace().account("A").data();
        assertThatThrownBy(() -> analyze(empty, PeriodSpec.wholeHistory()))
                .isInstanceOf(PortfolioInputException.class).hasMessageContaining("no revenue yet");
    }
}
