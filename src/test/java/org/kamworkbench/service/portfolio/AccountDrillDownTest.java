package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13 §4: the accounts behind an ABC class, a group, the top 20 %, the Pareto point, a set of accounts. */
class AccountDrillDownTest {
    /** A 40 (AMER), B 20, C 15, D 10 (AMER), E 5, F 5, G 5 (EMEA otherwise): total 100, 7 accounts. */
    private static PortfolioAnalysis analysis() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        String[][] rows = {{"A", "40", "AMER"}, {"B", "20", "EMEA"}, {"C", "15", "EMEA"}, {"D", "10", "AMER"},
                {"E", "5", "EMEA"}, {"F", "5", "EMEA"}, {"G", "5", "EMEA"}};
        for (String[] row : rows) {
            ws.account(row[0], row[2], "EUR").revenue(row[0], 2024, 6, row[1]);
        }
        PortfolioService service = ws.service();
        return service.analyze(service.load(), new AnalysisRequest(PeriodSpec.year(2024), Dimension.REGION,
                AbcThresholds.DEFAULT));
    }

    private static List<String> ids(List<AccountDrillDown.Row> rows) {
        return rows.stream().map(r -> r.account().externalId()).toList();
    }

    @Test
    void anAbcClassListsItsAccountsWithTheCurvesFigures() {
        PortfolioAnalysis a = analysis();
        // cumulative .40 .60 .75 .85 .90 .95 1.00; before D 75 % < 80: D is A; before E 85 %, F 90 %: B;
        // before G exactly 95 %: C
        assertThat(ids(AccountDrillDown.abcClass(a, "A"))).containsExactly("A", "B", "C", "D");
        assertThat(ids(AccountDrillDown.abcClass(a, "B"))).containsExactly("E", "F");
        assertThat(ids(AccountDrillDown.abcClass(a, "C"))).containsExactly("G");
        AccountDrillDown.Row d = AccountDrillDown.abcClass(a, "A").get(3);
        assertThat(d.rank()).isEqualTo(4);
        assertThat(d.revenue()).isEqualByComparingTo("10");
        assertThat(d.share()).isCloseTo(0.10, within(1e-12));
        assertThat(d.cumulativeShare()).isCloseTo(0.85, within(1e-12));
        assertThat(d.abcClass()).isEqualTo("A");
    }

    @Test
    void theTilesTop20AndParetoPointListTheirAccounts() {
        PortfolioAnalysis a = analysis();
        // ⌈20 % of 7⌉ = 2 accounts; 80 % is first reached by D, the 4th
        assertThat(ids(AccountDrillDown.top20(a))).containsExactly("A", "B");
        assertThat(ids(AccountDrillDown.paretoPoint(a))).containsExactly("A", "B", "C", "D");
        double top20 = AccountDrillDown.top20(a).stream().mapToDouble(AccountDrillDown.Row::share).sum();
        assertThat(top20).isCloseTo(a.metrics().top20Share(), within(1e-12));
    }

    @Test
    void aBreakdownRowAndAnyAccountSetComeInRankOrder() {
        PortfolioAnalysis a = analysis();
        assertThat(ids(AccountDrillDown.group(a, "AMER"))).containsExactly("A", "D");
        assertThat(ids(AccountDrillDown.group(a, "EMEA"))).containsExactly("B", "C", "E", "F", "G");
        assertThat(ids(AccountDrillDown.accounts(a, List.of("G", "B", "NOPE")))).containsExactly("B", "G");
    }
}
