package org.kamworkbench.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.accounts.AccountTable;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.StatusService;
import org.kamworkbench.service.workspace.WorkspaceStatus;

class DemoPortfolioServiceTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final DemoPortfolioService service = new DemoPortfolioService(ws, ws, ws, ws);

    @Test
    void theSameSeedGivesTheSamePortfolio() {
        assertThat(service.generate()).isEqualTo(service.generate());
    }

    @Test
    void loadsAFewHundredAccountsInManyCountriesAndCurrencies() {
        service.load(ProgressMonitor.NONE);
        assertThat(ws.accounts).hasSize(300);
        assertThat(ws.accounts.stream().map(Account::externalId).distinct()).hasSize(300);
        assertThat(ws.accounts.stream().map(Account::name).distinct()).hasSize(300);
        assertThat(ws.accounts.stream().map(Account::country).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(ws.cells.stream().map(RevenueCell::currency).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(ws.accounts).allSatisfy(a -> {
            assertThat(a.region()).isIn("EMEA", "AMER", "APAC");
            assertThat(a.owner()).isNotBlank();
            assertThat(a.annualRevenue()).isPositive();
        });
        assertThat(ws.cells.stream().map(RevenueCell::year).distinct().sorted().toList())
                .containsExactly(2022, 2023, 2024);
        assertThat(ws.inflation).hasSize(15);
    }

    @Test
    void holdsSomeCreditNotes() {
        DemoPortfolio demo = service.generate();
        long cellsWithCredit = demo.revenue().stream().filter(r -> r.amountE4() < 0 || r.records() > 1).count();
        assertThat(cellsWithCredit).isPositive();
        assertThat(demo.records()).isGreaterThan(demo.revenue().size());
    }

    @Test
    void revenueIsHeavyTailedEveryYear() {
        service.load(ProgressMonitor.NONE);
        AccountTable table = new AccountService(ws, ws, ws, ws).table();
        assertThat(table.missingRates()).isEmpty();
        for (int year : List.of(2022, 2023, 2024)) {
            List<BigDecimal> positive = new ArrayList<>();
            for (AccountRow row : table.rows()) {
                BigDecimal r = row.revenue(year);
                if (r != null && r.signum() > 0) {
                    positive.add(r);
                }
            }
            positive.sort(Comparator.reverseOrder());
            int top = (int) Math.ceil(positive.size() * 0.2);
            BigDecimal total = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal topSum = positive.subList(0, top).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            double share = topSum.doubleValue() / total.doubleValue();
            System.out.printf("top 20 %% of %d accounts make %.3f of %d revenue%n", positive.size(), share, year);
            assertThat(share).as("top-20 %% share in %d", year).isBetween(0.70, 0.85);
        }
    }

    @Test
    void everyRevenueCurrencyHasARateEveryYear() {
        service.load(ProgressMonitor.NONE);
        Set<String> rates = new HashSet<>();
        for (FxRate r : ws.fx.values()) {
            rates.add(r.currency() + ':' + r.year());
        }
        for (RevenueCell c : ws.cells) {
            if (!c.currency().equals("EUR")) {
                assertThat(rates).contains(c.currency() + ':' + c.year());
            }
        }
        WorkspaceStatus status = new StatusService(ws, ws, ws, ws).status();
        assertThat(status.missingRate()).isNull();
        assertThat(status.totalRevenue()).isPositive();
    }

    @Test
    void ratesFollowTheReportingCurrency() {
        ws.settings = new WorkspaceSettings("USD", ws.settings.regionByCountry());
        service.load(ProgressMonitor.NONE);
        Map<String, FxRate> byKey = new HashMap<>(ws.fx);
        assertThat(byKey).doesNotContainKey("USD:2024:0").containsKey("EUR:2024:0");
        assertThat(byKey.get("EUR:2024:0").rate()).isEqualByComparingTo("1.08190");
        assertThat(new StatusService(ws, ws, ws, ws).status().missingRate()).isNull();
    }

    @Test
    void keepsRatesTheUserAlreadyEntered() {
        ws.saveFxRates(List.of(new FxRate("USD", 2023, 0, new BigDecimal("0.9"))));
        service.load(ProgressMonitor.NONE);
        assertThat(ws.fx.get("USD:2023:0").rate()).isEqualByComparingTo("0.9");
    }

    @Test
    void refusesAWorkspaceThatIsNotEmpty() {
        service.load(ProgressMonitor.NONE);
        assertThatThrownBy(() -> service.load(ProgressMonitor.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty workspace");
        assertThat(ws.accounts).hasSize(300);
    }

    @Test
    void refusesAReportingCurrencyWithoutDemoRates() {
        ws.settings = new WorkspaceSettings("SEK", ws.settings.regionByCountry());
        assertThatThrownBy(() -> service.load(ProgressMonitor.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SEK");
        assertThat(ws.accounts).isEmpty();
    }
}
