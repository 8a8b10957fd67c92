package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kamworkbench.domain.Account;
import org.junit.jupiter.api.Test;

/** Loading reads the revenue while the accounts are read aside, with the same data as reading them first. */
class PortfolioLoadTest {
    private static InMemoryWorkspace threeAccounts() {
        return new InMemoryWorkspace().account("A").account("B").account("C", "APAC", "USD")
                .revenue("A", 2024, 1, "100").revenue("B", 2024, 2, "300").revenue("C", 2024, 3, "50")
                .fx("USD", 2024, "0.5");
    }

    @Test
    void theAccountsAreTakenOnlyAfterTheRevenueAndTheDataIsTheSame() {
        InMemoryWorkspace ws = threeAccounts();
        AtomicBoolean revenueRead = new AtomicBoolean();
        List<Boolean> revenueReadWhenAccountsTaken = new ArrayList<>();
        PortfolioData late = PortfolioLoader.load(() -> {
            revenueReadWhenAccountsTaken.add(revenueRead.get());
            return ws.accounts;
        }, sink -> {
            ws.cells.forEach(sink);
            revenueRead.set(true);
        }, ws.store.fxRates(), ws.store.inflationRates(), ws.store.load());
        PortfolioData first = PortfolioLoader.load(ws.accounts, ws.cells::forEach, ws.store.fxRates(),
                ws.store.inflationRates(), ws.store.load());

        assertThat(revenueReadWhenAccountsTaken).containsExactly(true);
        AnalysisRequest request = AnalysisRequest.of(PeriodSpec.year(2024));
        PortfolioAnalysis a = ws.service().analyze(late, request);
        PortfolioAnalysis b = ws.service().analyze(first, request);
        // 300 + 100 EUR and 50 USD at 0.5
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo(b.metrics().totalRevenue()).isEqualByComparingTo("425");
        assertThat(ids(a.curve())).containsExactly("B", "A", "C");
        assertThat(ids(ws.service().analyze(ws.data(), request).curve()))
                .as("through the service, which reads the accounts on another thread").containsExactly("B", "A", "C");
    }

    private static List<String> ids(ParetoCurve curve) {
        List<String> ids = new ArrayList<>();
        for (int rank = 0; rank < curve.size(); rank++) {
            ids.add(curve.account(rank).externalId());
        }
        return ids;
    }

    @Test
    void revenueOfAnAccountThatDoesNotExistIsStillRefused() {
        InMemoryWorkspace ws = threeAccounts();
        ws.cells.add(new org.kamworkbench.domain.RevenueCell(99, "EUR", 2024, 1, 10_000, 1));
        assertThatThrownBy(ws::data).isInstanceOf(IllegalStateException.class)
                .hasMessage("Revenue of account id 99, which does not exist.");
    }

    @Test
    void aReadAsideRunsOnItsOwnThreadAndFailsAsTheReadFailed() {
        ReadAside<String> name = ReadAside.start("test-read", () -> Thread.currentThread().getName());
        assertThat(name.get()).isEqualTo("test-read");
        ReadAside<List<Account>> failing = ReadAside.start("test-read", () -> {
            throw new IllegalArgumentException("the database is gone");
        });
        assertThatThrownBy(failing::get).isInstanceOf(IllegalArgumentException.class).hasMessage("the database is gone");
    }
}
