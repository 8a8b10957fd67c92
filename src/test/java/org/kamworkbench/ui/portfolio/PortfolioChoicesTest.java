package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.ui.TestWorkspaces;

class PortfolioChoicesTest {
    private int recomputes;
    private int reloads;
    private final PortfolioChoices choices = new PortfolioChoices(TestWorkspaces.english(), () -> recomputes++,
            () -> reloads++);

    @Test
    void eachChoiceRecomputesTheRangeDatesAndCustomTextOnlyWhenInUseTheRollUpReloads() {
        assertThat(choices.abcProperty().get()).isEqualTo(new AbcOption(AbcThresholds.DEFAULT));
        assertThat(choices.abcOptions()).endsWith(AbcOption.CUSTOM).hasSize(AbcThresholds.PRESETS.size() + 1);
        choices.periodProperty().set(PeriodOption.year(2023));
        choices.rangeFromProperty().set(LocalDate.of(2023, 1, 1));
        choices.customAbcProperty().set("50,50");
        assertThat(recomputes).isEqualTo(1);
        choices.periodProperty().set(PeriodOption.RANGE);
        choices.rangeToProperty().set(LocalDate.of(2023, 6, 30));
        choices.abcProperty().set(AbcOption.CUSTOM);
        choices.customAbcProperty().set("60,40");
        choices.dimensionProperty().set(Dimension.OWNER);
        assertThat(recomputes).isEqualTo(6);
        choices.groupRollUpProperty().set(true);
        assertThat(reloads).isEqualTo(1);
        assertThat(recomputes).isEqualTo(6);
    }

    @Test
    void theRequestIsWhatWasChosen() {
        assertThat(choices.hasPeriod()).isFalse();
        choices.periodProperty().set(PeriodOption.RANGE);
        assertThatThrownBy(choices::request).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose both dates of the period.");
        choices.rangeFromProperty().set(LocalDate.of(2023, 3, 1));
        choices.rangeToProperty().set(LocalDate.of(2023, 5, 31));
        choices.abcProperty().set(AbcOption.CUSTOM);
        choices.customAbcProperty().set("50,30,20");
        choices.dimensionProperty().set(Dimension.CURRENCY);
        var request = choices.request();
        assertThat(request.period()).isEqualTo(PeriodSpec.range(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31)));
        assertThat(request.dimension()).isEqualTo(Dimension.CURRENCY);
        assertThat(request.thresholds()).isEqualTo(AbcThresholds.of(50, 30, 20));
        choices.abcProperty().set(new AbcOption(AbcThresholds.of(80, 20)));
        assertThat(choices.request().thresholds()).isEqualTo(AbcThresholds.of(80, 20));
    }

    @Test
    void thePeriodsAreTheYearsWithRevenueLatestFirstAndTheChosenOneIsKept() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        var data = new PortfolioService(ws, ws, ws, ws).load();
        int last = data.lastMonthWithRevenue().getYear();
        choices.fillPeriods(data);
        assertThat(choices.periods()).startsWith(PeriodOption.year(last)).endsWith(PeriodOption.year(
                data.firstMonthWithRevenue().getYear()), PeriodOption.LAST_12_MONTHS, PeriodOption.WHOLE_HISTORY,
                PeriodOption.RANGE);
        assertThat(choices.periodProperty().get()).isEqualTo(PeriodOption.year(data.latestCompleteYear()));
        assertThat(choices.rangeFromProperty().get()).isEqualTo(LocalDate.of(last, 1, 1));
        assertThat(choices.rangeToProperty().get()).isEqualTo(data.lastMonthWithRevenue().atEndOfMonth());
        choices.periodProperty().set(PeriodOption.LAST_12_MONTHS);
        choices.rangeFromProperty().set(LocalDate.of(2023, 2, 1));
        choices.fillPeriods(data);
        assertThat(choices.periodProperty().get()).isEqualTo(PeriodOption.LAST_12_MONTHS);
        assertThat(choices.rangeFromProperty().get()).isEqualTo(LocalDate.of(2023, 2, 1));
    }
}
