package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;

class PortfolioComputationTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final PortfolioService service = new PortfolioService(ws, ws, ws, ws);
    private final AnalysisRequest y2024 = new AnalysisRequest(PeriodSpec.year(2024), Dimension.REGION,
            AbcThresholds.DEFAULT);

    private PortfolioData demo() {
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        return service.load();
    }

    @Test
    void aNewRequestAnalysesAndListsTheRankedAccountsFirstThenThoseWithoutRevenue() {
        PortfolioData data = demo();
        var c = PortfolioComputation.compute(service, data, y2024, List.of(), null);
        var a = c.analysis();
        assertThat(a.request()).isEqualTo(y2024);
        assertThat(c.scenario()).isNull();
        assertThat(c.choices()).hasSize(a.curve().size() + a.excluded().size());
        for (int r = 0; r < a.curve().size(); r++) {
            assertThat(c.choices().get(r)).isEqualTo(a.curve().account(r));
        }
        for (int i = 0; i < a.excluded().size(); i++) {
            assertThat(c.choices().get(a.curve().size() + i)).isEqualTo(a.excluded().account(i));
        }
    }

    @Test
    void onlyPicksChangedReusesTheAnalysisAndComputesTheScenario() {
        PortfolioData data = demo();
        var first = PortfolioComputation.compute(service, data, y2024, List.of(), null).analysis();
        String top = first.curve().account(0).externalId();
        var again = PortfolioComputation.compute(service, data, y2024, List.of(top), first);
        assertThat(again.analysis()).isSameAs(first);
        assertThat(again.choices()).isNull();
        assertThat(again.scenario().revenueAtRisk())
                .isEqualByComparingTo(service.loseAccounts(first, List.of(top)).revenueAtRisk());

        var otherYear = new AnalysisRequest(PeriodSpec.year(2023), Dimension.REGION, AbcThresholds.DEFAULT);
        assertThat(PortfolioComputation.compute(service, data, otherYear, List.of(), first).analysis())
                .isNotSameAs(first);
        // reloaded data is analysed again, even for the same request
        assertThat(PortfolioComputation.compute(service, service.load(), y2024, List.of(), first).analysis())
                .isNotSameAs(first);
    }
}
