package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** "What if we lose these accounts". */
class ScenarioTest {
    private static final Offset<Double> CLOSE = within(1e-9);

    /**
     * EMEA: eight accounts of 12.5 (HHI 1 250, unconcentrated); AMER: A1 60, A2 40 (HHI 5 200).
     * Total 200.
     */
    private static InMemoryWorkspace portfolio() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        for (int i = 1; i <= 8; i++) {
            ws.account("E" + i, "EMEA", "EUR").revenue("E" + i, 2024, 3, "12.5");
        }
        ws.account("A1", "AMER", "EUR").revenue("A1", 2024, 3, "60");
        ws.account("A2", "AMER", "EUR").revenue("A2", 2024, 3, "40");
        return ws;
    }

    private static ScenarioResult lose(InMemoryWorkspace ws, List<String> ids) {
        PortfolioService service = ws.service();
        return service.loseAccounts(service.load(), AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION),
                ids);
    }

    @Test
    void revenueAtRiskOverallAndPerGroupAndBandCrossing() {
        ScenarioResult s = lose(portfolio(), List.of("E1", "E2"));
        assertThat(s.revenueAtRisk()).isEqualByComparingTo("25");
        assertThat(s.revenueAtRiskShare()).isCloseTo(0.125, CLOSE);
        assertThat(s.before().metrics().accounts()).isEqualTo(10);
        assertThat(s.after().metrics().accounts()).isEqualTo(8);
        assertThat(s.after().metrics().totalRevenue()).isEqualByComparingTo("175");
        assertThat(s.after().metrics().excludedAccounts()).isZero();

        GroupImpact amer = s.groups().get(0);
        GroupImpact emea = s.groups().get(1);
        assertThat(amer.key()).isEqualTo("AMER");
        assertThat(amer.revenueAtRisk()).isEqualByComparingTo("0");
        assertThat(amer.crossesBand()).isFalse();
        assertThat(emea.revenueAtRisk()).isEqualByComparingTo("25");
        assertThat(emea.revenueAtRiskShare()).isCloseTo(0.25, CLOSE);
        assertThat(emea.hhiBefore()).isCloseTo(1250, CLOSE);
        assertThat(emea.hhiAfter()).isCloseTo(10_000 / 6.0, CLOSE); // six equal accounts left
        assertThat(emea.bandBefore()).isEqualTo(ConcentrationBand.UNCONCENTRATED);
        assertThat(emea.bandAfter()).isEqualTo(ConcentrationBand.MODERATE);
        assertThat(s.groupsCrossingBand()).extracting(GroupImpact::key).containsExactly("EMEA");

        assertThat(s.lost()).hasSize(2);
        LostAccount e1 = s.lost().get(0);
        assertThat(e1.account().externalId()).isEqualTo("E1");
        assertThat(e1.share()).isCloseTo(12.5 / 200, CLOSE);
        assertThat(e1.groupShares().get(Dimension.REGION)).isEqualTo(new LostAccount.GroupShare("EMEA", 0.125));
        assertThat(e1.groupShares().get(Dimension.COUNTRY).key()).isEqualTo("DE");
    }

    @Test
    void rankingOfTheAccountsWhoseLossHurtsEachGroupMost() {
        ScenarioResult s = lose(portfolio(), List.of("A2"));
        GroupLossRanking amer = s.ranking().get(0);
        assertThat(amer.key()).isEqualTo("AMER");
        assertThat(amer.candidates()).extracting(c -> c.account().externalId()).containsExactly("A1", "A2");
        assertThat(amer.candidates().get(0).share()).isCloseTo(0.6, CLOSE);
        assertThat(amer.candidates().get(0).hhiAfterLoss()).isCloseTo(10_000, CLOSE); // A2 alone left
        GroupLossRanking emea = s.ranking().get(1);
        assertThat(emea.candidates()).hasSize(PortfolioService.DEFAULT_RANKING_SIZE);
        assertThat(emea.candidates().get(0).hhiAfterLoss()).isCloseTo(10_000 / 7.0, CLOSE);
        assertThat(emea.candidates().get(0).bandAfterLoss()).isEqualTo(ConcentrationBand.UNCONCENTRATED);
    }

    @Test
    void losingAnAccountRecomputesTheCurveAndClasses() {
        ScenarioResult s = lose(portfolio(), List.of("A1"));
        assertThat(s.revenueAtRisk()).isEqualByComparingTo("60");
        assertThat(ParetoTest.ids(s.after().curve())).startsWith("A2", "E1");
        assertThat(s.after().metrics().top1Share()).isCloseTo(40 / 140.0, CLOSE);
        assertThat(s.after().groups().get(0).metrics().accounts()).isEqualTo(1);
        assertThat(s.groups().get(0).bandAfter()).isEqualTo(ConcentrationBand.HIGH);
    }

    @Test
    void aScenarioCanStartFromTheAnalysisAtHand() {
        PortfolioService service = portfolio().service();
        PortfolioAnalysis now = service.analyze(service.load(),
                AnalysisRequest.of(PeriodSpec.year(2024)).by(Dimension.REGION));
        ScenarioResult s = service.loseAccounts(now, List.of("A1"));
        assertThat(s.before()).isSameAs(now);
        assertThat(s.revenueAtRisk()).isEqualByComparingTo("60");
        assertThat(s.after().dimension()).isEqualTo(Dimension.REGION);
    }

    @Test
    void unknownAccountsAreNamed() {
        assertThatThrownBy(() -> lose(portfolio(), List.of("E1", "NOPE", "GONE")))
                .isInstanceOf(PortfolioInputException.class)
                .hasMessage("There are no accounts with the ids NOPE, GONE.");
        assertThatThrownBy(() -> lose(portfolio(), List.of()))
                .isInstanceOf(PortfolioInputException.class);
    }
}
