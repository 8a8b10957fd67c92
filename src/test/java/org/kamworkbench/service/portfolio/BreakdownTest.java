package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;

/** Per-group figures of a breakdown, including dependence on the largest accounts. */
class BreakdownTest {
    private static final Offset<Double> CLOSE = within(1e-12);

    /** APAC: P1 50, P2 30, P3 10, P4 5, P5 5 (100); EMEA: E1..E4 25 each (100) plus a credit-note account. */
    private static InMemoryWorkspace twoRegions() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        String[][] apac = {{"P1", "50"}, {"P2", "30"}, {"P3", "10"}, {"P4", "5"}, {"P5", "5"}};
        for (String[] row : apac) {
            ws.account(row[0], "APAC", "EUR").revenue(row[0], 2024, 2, row[1]);
        }
        for (int i = 1; i <= 4; i++) {
            ws.account("E" + i, "EMEA", "EUR").revenue("E" + i, 2024, 2, "25");
        }
        ws.account("E9", "EMEA", "EUR").revenue("E9", 2024, 2, "-3");
        return ws;
    }

    private static PortfolioAnalysis analyze(InMemoryWorkspace ws, Dimension dimension) {
        PortfolioService service = ws.service();
        return service.analyze(service.load(), AnalysisRequest.of(PeriodSpec.year(2024)).by(dimension));
    }

    @Test
    void eachGroupHasItsOwnParetoAbcHhiAndDependence() {
        PortfolioAnalysis a = analyze(twoRegions(), Dimension.REGION);
        assertThat(a.metrics().accounts()).isEqualTo(9);
        assertThat(a.metrics().excludedAccounts()).isEqualTo(1);
        assertThat(a.groups()).extracting(GroupSummary::key).containsExactly("APAC", "EMEA");

        GroupSummary apac = a.groups().get(0);
        assertThat(apac.metrics().accounts()).isEqualTo(5);
        assertThat(apac.metrics().totalRevenue()).isEqualByComparingTo("100");
        assertThat(apac.revenueShare()).isCloseTo(0.5, CLOSE);
        assertThat(apac.metrics().top1Share()).isCloseTo(0.5, CLOSE); // dependence on the largest account
        assertThat(apac.metrics().top3Share()).isCloseTo(0.9, CLOSE); // "APAC: 90 % of revenue from 3 accounts"
        assertThat(apac.metrics().top20Share()).isCloseTo(0.5, CLOSE);
        assertThat(apac.metrics().paretoAccountShare()).isCloseTo(0.4, CLOSE);
        assertThat(apac.metrics().hhi()).isCloseTo(2500 + 900 + 100 + 25 + 25, within(1e-9));
        assertThat(apac.metrics().band()).isEqualTo(ConcentrationBand.HIGH);
        // before each account 0 .50 .80 .90 .95: P3 starts at exactly 80 % (B), P5 at exactly 95 % (C)
        assertThat(apac.metrics().classes()).extracting(AbcClass::accounts).containsExactly(2, 2, 1);
        assertThat(ParetoTest.ids(apac.curve())).containsExactly("P1", "P2", "P3", "P4", "P5");

        GroupSummary emea = a.groups().get(1);
        assertThat(emea.metrics().accounts()).isEqualTo(4);
        assertThat(emea.metrics().excludedAccounts()).isEqualTo(1);
        assertThat(emea.metrics().hhi()).isCloseTo(2500, within(1e-9));
        assertThat(emea.metrics().band()).isEqualTo(ConcentrationBand.MODERATE);
        assertThat(emea.metrics().top3Share()).isCloseTo(0.75, CLOSE);
        // equal revenues: ties by external id
        assertThat(ParetoTest.ids(emea.curve())).containsExactly("E1", "E2", "E3", "E4");
        // E4 starts at 75 %, below 80 %, and is the one that reaches 80 %: the Pareto point is all four
        assertThat(ParetoTest.classes(emea.curve())).containsExactly("A", "A", "A", "A");
        assertThat(emea.metrics().paretoAccountShare()).isCloseTo(1.0, CLOSE);
        // group growth is of net revenue, credit notes included
        assertThat(emea.growth().currentRevenue()).isEqualByComparingTo("97");
    }

    @Test
    void aMissingRegionComesFromTheCountryMappingElseIsUnassignedAndEmptyAttributesGroupAsNone() {
        InMemoryWorkspace ws = new InMemoryWorkspace()
                .account(new Account(0, "JP1", "Tokyo", null, "JP", null, null, null, null, "JPY", null, null, null,
                        null))
                .account(new Account(0, "XX1", "Nowhere", " ", null, "", null, null, null, null, null, null, null,
                        null))
                .revenue("JP1", 2024, 1, "1000").revenue("XX1", "CHF", 2024, 1, "10")
                .fx("JPY", 2024, "0.006").fx("CHF", 2024, "1.05");
        assertThat(analyze(ws, Dimension.REGION).groups()).extracting(GroupSummary::key)
                .containsExactly("APAC", Account.UNASSIGNED_REGION);
        assertThat(analyze(ws, Dimension.OWNER).groups()).extracting(GroupSummary::key).containsExactly(Dimension.NONE);
        // an account without a currency is grouped by the currency its revenue is in
        assertThat(analyze(ws, Dimension.CURRENCY).groups()).extracting(GroupSummary::key)
                .containsExactly("CHF", "JPY");
    }

    @Test
    void groupsWithoutPositiveRevenueStillAppearWithEmptyFigures() {
        InMemoryWorkspace ws = twoRegions().account("U1", "AMER", "EUR");
        PortfolioAnalysis a = analyze(ws, Dimension.REGION);
        GroupSummary amer = a.groups().get(0);
        assertThat(amer.key()).isEqualTo("AMER");
        assertThat(amer.metrics().isEmpty()).isTrue();
        assertThat(amer.metrics().excludedAccounts()).isEqualTo(1);
        assertThat(amer.metrics().hhi()).isNaN();
        assertThat(amer.metrics().band()).isNull();
        assertThat(amer.revenueShare()).isZero();
    }
}
