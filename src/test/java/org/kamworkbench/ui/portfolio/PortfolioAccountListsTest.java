package org.kamworkbench.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AbcClass;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** Issue 13 §4 on the demo portfolio: an ABC row, a breakdown row and the tiles open the accounts behind them. */
class PortfolioAccountListsTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final PortfolioService service = new PortfolioService(ws, ws, ws, ws);
    private final PortfolioViewModel model = new PortfolioViewModel(service, Background.DIRECT,
            TestWorkspaces.english());

    @Test
    void theListsBehindTheNumbersHoldWhatTheNumbersCount() {
        assertThat(model.accountsOfClass("A")).isNull(); // nothing shown yet
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        model.refresh();
        var metrics = model.figures().analysisProperty().get().metrics();
        for (AbcClass c : metrics.classes()) {
            AccountLists.AccountList list = model.accountsOfClass(c.name());
            assertThat(list.rows()).hasSize(c.accounts());
            assertThat(list.title()).isEqualTo("Class " + c.name() + ": the accounts");
            assertThat(list.currency()).isEqualTo("EUR");
            assertThat(list.rows().stream().map(AccountDrillDown.Row::revenue)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo(c.revenue());
        }
        for (PortfolioRows.GroupRow g : model.figures().groupRows()) {
            assertThat(model.accountsOfGroup(g.key()).rows()).hasSize(g.accounts());
        }
        int n = metrics.accounts();
        assertThat(model.accountsOfTile("top20").rows()).hasSize((n + 4) / 5);
        assertThat(model.accountsOfTile("pareto").rows()).hasSize((int) Math.round(metrics.paretoAccountShare() * n));
        assertThat(model.accountsOfTile("accounts").rows()).hasSize(n);
        assertThat(model.accountsOfTile("hhi")).isNull();
    }

    @Test
    void theScenarioPickerShowsEachAccountsRevenueAndShare() {
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        model.refresh();
        var curve = model.figures().analysisProperty().get().curve();
        var first = model.scenario().searchResults().get(0);
        assertThat(first.externalId()).isEqualTo(curve.account(0).externalId()); // the largest first
        PortfolioFormats f = new PortfolioFormats(TestWorkspaces.english());
        assertThat(model.scenario().label(first)).isEqualTo(first.name() + "  \u00b7  " + first.externalId()
                + "  \u00b7  " + f.money(curve.revenue(0), "EUR") + "  \u00b7  " + f.percent(curve.share(0)));
    }
}
