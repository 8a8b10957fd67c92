package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

class PortfolioViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final PortfolioService service = new PortfolioService(ws, ws, ws, ws);
    private final PortfolioViewModel model = new PortfolioViewModel(service, Background.DIRECT,
            TestWorkspaces.english());
    private final PortfolioFormats f = new PortfolioFormats(TestWorkspaces.english());

    @BeforeEach
    void demo() {
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
    }

    private PortfolioAnalysis expected(PeriodSpec period, AbcThresholds abc) {
        return service.analyze(service.load(), new AnalysisRequest(period, Dimension.REGION, abc));
    }

    private String tile(String id) {
        return model.figures().tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().value();
    }

    private String change(String id) {
        return model.figures().tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().change();
    }

    @Test
    void opensOnTheLatestCompleteYearWithTheServiceFiguresAndTheirChanges() {
        model.refresh();
        assertThat(model.choices().periodProperty().get()).isEqualTo(PeriodOption.year(2024));
        assertThat(model.choices().periods()).startsWith(PeriodOption.year(2024), PeriodOption.year(2023),
                PeriodOption.year(2022)).contains(PeriodOption.LAST_12_MONTHS, PeriodOption.WHOLE_HISTORY,
                PeriodOption.RANGE);
        PortfolioAnalysis a = expected(PeriodSpec.year(2024), AbcThresholds.DEFAULT);
        var now = a.metrics();
        var was = a.previousMetrics();
        assertThat(was).isNotNull();
        assertThat(tile("revenue")).isEqualTo(f.money(now.totalRevenue(), "EUR"));
        assertThat(tile("accounts")).isEqualTo(f.count(now.accounts()));
        assertThat(tile("top20")).isEqualTo(f.percent(now.top20Share()));
        assertThat(tile("pareto")).isEqualTo(f.percent(now.paretoAccountShare()));
        assertThat(tile("hhi")).isEqualTo(f.hhi(now.hhi()));
        assertThat(tile("effective")).isEqualTo(f.decimal(now.effectiveAccounts(), 1));
        assertThat(change("top20")).isEqualTo(f.pointsChange(now.top20Share() - was.top20Share()));
        assertThat(change("hhi")).startsWith(now.hhi() > was.hhi() ? "▲ " : "▼ ");
        double growth = now.totalRevenue().doubleValue() / was.totalRevenue().doubleValue() - 1;
        assertThat(change("revenue")).isEqualTo(f.change(growth, f.percent(Math.abs(growth))));
        assertThat(model.figures().abcRows()).extracting(PortfolioRows.AbcRow::accounts)
                .containsExactlyElementsOf(now.classes().stream().map(c -> c.accounts()).toList());
        assertThat(model.figures().groupRows()).extracting(PortfolioRows.GroupRow::key)
                .containsExactlyElementsOf(a.groups().stream().map(g -> g.key()).toList());
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theFirstYearHasNoPreviousPeriod() {
        model.refresh();
        model.choices().periodProperty().set(PeriodOption.year(2022));
        assertThat(change("revenue")).isEqualTo("— no previous period");
        assertThat(change("hhi")).isEqualTo("— no previous period");
        assertThat(model.figures().groupRows()).allMatch(g -> g.growthNominal() == null && g.growthReal() == null);
    }

    @Test
    void periodThresholdAndDimensionChangesRecomputeAtOnce() {
        model.refresh();
        model.choices().periodProperty().set(PeriodOption.WHOLE_HISTORY);
        assertThat(tile("revenue")).isEqualTo(f.money(
                expected(PeriodSpec.wholeHistory(), AbcThresholds.DEFAULT).metrics().totalRevenue(), "EUR"));
        model.choices().abcProperty().set(new AbcOption(AbcThresholds.of(80, 20)));
        assertThat(model.figures().abcRows()).extracting(PortfolioRows.AbcRow::name).containsExactly("A", "B");
        model.choices().abcProperty().set(AbcOption.CUSTOM);
        model.choices().customAbcProperty().set("50,30,20");
        var custom = expected(PeriodSpec.wholeHistory(), AbcThresholds.of(50, 30, 20)).metrics().classes();
        assertThat(model.figures().abcRows()).extracting(PortfolioRows.AbcRow::accounts)
                .containsExactlyElementsOf(custom.stream().map(c -> c.accounts()).toList());
        model.choices().dimensionProperty().set(Dimension.CURRENCY);
        assertThat(model.figures().groupRows()).extracting(PortfolioRows.GroupRow::key).contains("EUR", "USD");
        model.choices().periodProperty().set(PeriodOption.RANGE);
        model.choices().rangeFromProperty().set(LocalDate.of(2023, 7, 1));
        model.choices().rangeToProperty().set(LocalDate.of(2023, 12, 31));
        assertThat(model.figures().periodTextProperty().get()).isEqualTo("Jul 2023 to Dec 2023, compared with Jan 2023 to Jun 2023");
    }

    @Test
    void badThresholdsAndAnEmptyPeriodShowTheSentence() {
        model.refresh();
        model.choices().abcProperty().set(AbcOption.CUSTOM);
        model.choices().customAbcProperty().set("50,30");
        assertThat(model.errorProperty().get()).isEqualTo("ABC class percentages must add up to 100, 50,30 add up "
                + "to 80.");
        assertThat(model.figures().tiles()).isEmpty();
        model.choices().customAbcProperty().set("50,50");
        assertThat(model.errorProperty().get()).isEmpty();
        model.choices().periodProperty().set(PeriodOption.RANGE);
        model.choices().rangeFromProperty().set(LocalDate.of(2030, 1, 1));
        model.choices().rangeToProperty().set(LocalDate.of(2030, 3, 31));
        // the dates as the user writes them (the service's sentence in the UI's language and style)
        assertThat(model.errorProperty().get()).startsWith("There is no revenue from "
                + org.kamworkbench.service.message.DateStyle.formatter(TestWorkspaces.english().locale())
                        .format(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void missingFxRatesAreNamedAllInOneBannerAndNoFigureIsShown() {
        ws.deleteFxRate("GBP", 2024, 0);
        ws.deleteFxRate("USD", 2024, 0);
        model.refresh();
        // every missing currency and year, not only the first, in one place (not the error line)
        assertThat(model.missingRatesProperty().get()).startsWith("No FX rate for GBP 2024, USD 2024.")
                .doesNotContain("Exception");
        assertThat(model.errorProperty().get()).isEmpty();
        // no total mixes converted and unconverted revenue: no tile, no class, no curve
        assertThat(model.figures().tiles()).isEmpty();
        assertThat(model.figures().abcRows()).isEmpty();
        assertThat(model.figures().currencyRows()).isEmpty();
        assertThat(model.figures().analysisProperty().get()).isNull();
        // the accounts are still there to find and open
        assertThat(model.scenario().searchResults()).hasSize(service.load().accountCount());

        model.choices().periodProperty().set(PeriodOption.year(2023));
        assertThat(model.missingRatesProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.figures().tiles()).hasSize(6);
    }

    @Test
    void scenarioPicksShowTheImpactAndReset() {
        model.refresh();
        PortfolioAnalysis a = model.figures().analysisProperty().get();
        Account top = a.curve().account(0);
        Account second = a.curve().account(1);
        model.figures().selectRank(0);
        assertThat(model.figures().selectedProperty().get().account()).isEqualTo(top);
        model.addSelected();
        model.scenario().addPick(top);
        assertThat(model.scenario().picks()).containsExactly(top);
        ScenarioResult expected = service.loseAccounts(a, List.of(top.externalId()));
        assertThat(model.scenario().scenarioProperty().get().revenueAtRisk()).isEqualByComparingTo(expected.revenueAtRisk());
        assertThat(model.scenario().summaryProperty().get().atRisk()).isEqualTo(f.money(expected.revenueAtRisk(), "EUR")
                + " (" + f.percent(expected.revenueAtRiskShare()) + " of revenue)");
        model.scenario().searchProperty().set(second.externalId());
        assertThat(model.scenario().searchResults()).contains(second);
        model.scenario().addPick(model.scenario().searchResults().get(0));
        var two = service.loseAccounts(a, List.of(top.externalId(), second.externalId()));
        assertThat(model.scenario().scenarioProperty().get().revenueAtRisk()).isEqualByComparingTo(two.revenueAtRisk());
        assertThat(model.scenario().scenarioProperty().get().groups()).hasSameSizeAs(a.groups());
        model.scenario().removePick(top);
        assertThat(model.scenario().scenarioProperty().get().lost()).extracting(l -> l.account().externalId())
                .containsExactly(second.externalId());
        model.scenario().reset();
        assertThat(model.scenario().scenarioProperty().get()).isNull();
        assertThat(model.scenario().summaryProperty().get()).isNull();
        assertThat(model.figures().analysisProperty().get()).isSameAs(a);
    }
}
