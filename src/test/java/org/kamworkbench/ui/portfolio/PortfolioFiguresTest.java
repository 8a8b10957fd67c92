package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.ui.TestWorkspaces;

class PortfolioFiguresTest {
    private final PortfolioFormats f = new PortfolioFormats(TestWorkspaces.english());
    private final PortfolioFigures figures = new PortfolioFigures(TestWorkspaces.english(), f);

    private PortfolioAnalysis demo2024() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        PortfolioService service = new PortfolioService(ws, ws, ws, ws);
        return service.analyze(service.load(), new AnalysisRequest(PeriodSpec.year(2024), Dimension.REGION,
                AbcThresholds.DEFAULT));
    }

    @Test
    void thePickedAccountIsDescribedAndNothingIsPickedBeforeAClick() {
        assertThat(figures.detailText(null)).isEqualTo("Click a bar of the Pareto chart to see the account here.");
        PortfolioAnalysis a = demo2024();
        figures.show(a);
        assertThat(figures.selectedProperty().get()).isNull();
        figures.selectRank(a.curve().size()); // past the last rank: nothing
        assertThat(figures.selectedProperty().get()).isNull();
        figures.selectRank(1);
        var d = figures.selectedProperty().get();
        var account = a.curve().account(1);
        assertThat(d.account()).isEqualTo(account);
        assertThat(figures.detailText(d)).startsWith(account.name() + " (" + account.externalId() + ")\nRank 2 \u00b7 class "
                + a.curve().abcClass(1) + "\nRevenue " + f.money(a.curve().revenue(1), "EUR") + "\nShare "
                + f.percent(a.curve().share(1)) + " \u00b7 cumulative " + f.percent(a.curve().cumulativeShare(1)));
    }

    @Test
    void aClearedScreenShowsNoFigureAndNoCurrency() {
        figures.show(demo2024());
        assertThat(figures.reportingCurrency()).isEqualTo("EUR");
        assertThat(figures.money(new BigDecimal("1234"))).isEqualTo(f.money(new BigDecimal("1234"), "EUR"));
        assertThat(figures.tiles()).hasSize(6);
        assertThat(figures.periodTextProperty().get()).isNotEmpty();
        figures.selectRank(0);
        figures.clear();
        assertThat(figures.analysisProperty().get()).isNull();
        assertThat(figures.reportingCurrency()).isEmpty();
        assertThat(figures.tiles()).isEmpty();
        assertThat(figures.abcRows()).isEmpty();
        assertThat(figures.groupRows()).isEmpty();
        assertThat(figures.currencyRows()).isEmpty();
        assertThat(figures.selectedProperty().get()).isNull();
        assertThat(figures.periodTextProperty().get()).isEmpty();
        assertThat(figures.notesProperty().get()).isEmpty();
    }
}
