package org.kamworkbench.service.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Hand-computed portfolios for the Pareto, ABC and concentration figures. */
class ParetoTest {
    private static final Offset<Double> EXACT = within(1e-12);

    /** A 50, B 20, C 15, D 10, E 5 (EUR, 2024): total 100. */
    private static InMemoryWorkspace fiveAccounts() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        String[][] rows = {{"A", "50"}, {"B", "20"}, {"C", "15"}, {"D", "10"}, {"E", "5"}};
        for (String[] row : rows) {
            ws.account(row[0]).revenue(row[0], 2024, 6, row[1]);
        }
        return ws;
    }

    private static PortfolioAnalysis analyze(InMemoryWorkspace ws, AnalysisRequest request) {
        PortfolioService service = ws.service();
        return service.analyze(service.load(), request);
    }

    @Test
    void paretoAbcAndConcentrationOfFiveAccounts() {
        PortfolioAnalysis a = analyze(fiveAccounts(), AnalysisRequest.of(PeriodSpec.year(2024)));
        SegmentMetrics m = a.metrics();
        assertThat(m.accounts()).isEqualTo(5);
        assertThat(m.excludedAccounts()).isZero();
        assertThat(m.totalRevenue()).isEqualByComparingTo("100");
        // cumulative shares .50 .70 .85 .95 1.00; before each account 0 .50 .70 .85 .95: C crosses 80 % and
        // is A, D crosses 95 % and is B, E starts at exactly 95 %, which is no longer below it: C
        assertThat(cumulative(a.curve())).containsExactly(0.5, 0.7, 0.85, 0.95, 1.0);
        assertThat(classes(a.curve())).containsExactly("A", "A", "A", "B", "C");
        assertThat(m.classes()).extracting(AbcClass::name, AbcClass::accounts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 3), org.assertj.core.groups.Tuple.tuple("B", 1),
                        org.assertj.core.groups.Tuple.tuple("C", 1));
        assertThat(m.classes().get(0).revenue()).isEqualByComparingTo("85");
        assertThat(m.classes().get(1).revenueShare()).isCloseTo(0.10, EXACT);
        assertThat(m.classes().get(2).revenueShare()).isCloseTo(0.05, EXACT);
        assertThat(m.top1Share()).isCloseTo(0.5, EXACT);
        assertThat(m.top3Share()).isCloseTo(0.85, EXACT);
        assertThat(m.top5Share()).isCloseTo(1.0, EXACT);
        assertThat(m.top10Share()).isCloseTo(1.0, EXACT);
        assertThat(m.top20Share()).isCloseTo(0.5, EXACT); // ⌈20 % of 5⌉ = 1 account
        assertThat(m.paretoAccountShare()).isCloseTo(0.6, EXACT); // C is the first to reach 80 %: 3 = class A
        assertThat(m.hhi()).isCloseTo(2500 + 400 + 225 + 100 + 25, within(1e-9));
        assertThat(m.effectiveAccounts()).isCloseTo(10_000 / 3250.0, within(1e-12));
        assertThat(m.band()).isEqualTo(ConcentrationBand.HIGH);
        assertThat(a.notes()).noneMatch(n -> n.startsWith("The currency figures"));
    }

    @Test
    void cumulativeShareExactlyOnEightyPercentIsClassAAndTheParetoPoint() {
        // Q brings the cumulative share to exactly 80 % and is A (60 % before it); R starts at exactly
        // 80 %, which is not below 80 %: B; S starts at 90 %, below 95 %: B. 80 % counts as reached.
        InMemoryWorkspace exact = new InMemoryWorkspace();
        exact.account("P").revenue("P", 2024, 1, "0.6").account("Q").revenue("Q", 2024, 1, "0.2")
                .account("R").revenue("R", 2024, 1, "0.1").account("S").revenue("S", 2024, 1, "0.1");
        PortfolioAnalysis a = analyze(exact, AnalysisRequest.of(PeriodSpec.year(2024)));
        assertThat(classes(a.curve())).containsExactly("A", "A", "B", "B");
        assertThat(a.metrics().paretoAccountShare()).isCloseTo(0.5, EXACT);
        assertThat(a.metrics().classes().get(0).accounts()).isEqualTo(2);
    }

    @Test
    void tiesAreRankedByExternalIdAscending() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        ws.account("C3").revenue("C3", 2024, 1, "100")
                .account("A1").revenue("A1", 2024, 2, "60").revenue("A1", 2024, 3, "40")
                .account("D4").revenue("D4", 2024, 1, "300")
                .account("B2").revenue("B2", 2024, 5, "100");
        PortfolioAnalysis a = analyze(ws, AnalysisRequest.of(PeriodSpec.year(2024)));
        assertThat(ids(a.curve())).containsExactly("D4", "A1", "B2", "C3");
        assertThat(a.curve().cumulativeShare(1)).isCloseTo(4 / 6.0, EXACT);
    }

    @Test
    void accountsWithoutPositiveRevenueAreListedApart() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        ws.account("BIG").revenue("BIG", 2024, 1, "900")
                .account("NET").revenue("NET", 2024, 1, "150").revenue("NET", 2024, 2, "-50")
                .account("CREDIT").revenue("CREDIT", 2024, 1, "100").revenue("CREDIT", 2024, 2, "-150")
                .account("ZERO").revenue("ZERO", 2024, 3, "10.10").revenue("ZERO", 2024, 4, "-10.10")
                .account("NONE")
                .account("OTHERYEAR").revenue("OTHERYEAR", 2023, 4, "500");
        PortfolioAnalysis a = analyze(ws, AnalysisRequest.of(PeriodSpec.year(2024)));
        assertThat(a.metrics().accounts()).isEqualTo(2);
        assertThat(a.metrics().totalRevenue()).isEqualByComparingTo("1000");
        assertThat(ids(a.curve())).containsExactly("BIG", "NET");
        assertThat(a.curve().revenue(1)).isEqualByComparingTo("100");
        assertThat(a.metrics().excludedAccounts()).isEqualTo(4);
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < a.excluded().size(); i++) {
            excluded.add(a.excluded().account(i).externalId() + "=" + a.excluded().revenue(i).toPlainString());
        }
        assertThat(excluded).containsExactly("CREDIT=-50", "ZERO=0", "NONE=0", "OTHERYEAR=0");
        assertThat(a.metrics().top1Share()).isCloseTo(0.9, EXACT);
        // the currency table sums every line, CREDIT's net -50 included: 950, not the headline's 1 000; a note
        // says why (ZERO, NONE and OTHERYEAR change no total)
        assertThat(a.currencies()).singleElement().satisfies(c -> assertThat(c.revenue()).isEqualByComparingTo("950"));
        assertThat(a.notes(java.util.Locale.ENGLISH)).contains("The currency figures count every line invoiced in the"
                + " period, including the account with negative net revenue listed apart, so their total is below the"
                + " portfolio revenue, which leaves it out.");
        assertThat(a.notes(java.util.Locale.ITALIAN)).anyMatch(n -> n.startsWith(
                "I dati per valuta contano ogni riga fatturata nel periodo, compreso l’account con fatturato netto"
                        + " negativo elencato a parte"));
    }

    @Test
    void dominantClientOfEightyFivePercentIsClassAAndTheParetoPoint() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        ws.account("BIG").revenue("BIG", 2024, 1, "85").account("MID").revenue("MID", 2024, 1, "10")
                .account("LOW").revenue("LOW", 2024, 1, "5");
        PortfolioAnalysis a = analyze(ws, AnalysisRequest.of(PeriodSpec.year(2024)));
        SegmentMetrics m = a.metrics();
        // before each account 0 (A), .85 (below 95 %: B), .95 (not below 95 %: C)
        assertThat(classes(a.curve())).containsExactly("A", "B", "C");
        assertThat(m.classes()).extracting(AbcClass::accounts).containsExactly(1, 1, 1);
        assertThat(m.classes().get(0).revenueShare()).isCloseTo(0.85, EXACT);
        // the Pareto point is k = 1 of 3 accounts: the same account as class A
        assertThat(m.paretoAccountShare() * m.accounts()).isCloseTo(m.classes().get(0).accounts(), EXACT);
    }

    @Test
    void oneAccountAboveNinetyFivePercentIsTheOnlyA() {
        InMemoryWorkspace ws = new InMemoryWorkspace();
        ws.account("HUGE").revenue("HUGE", 2024, 1, "90").account("M").revenue("M", 2024, 1, "6")
                .account("S").revenue("S", 2024, 1, "4");
        SegmentMetrics m = analyze(ws, AnalysisRequest.of(PeriodSpec.year(2024))).metrics();
        // before each account 0 (A), .90 (B), .96 (C)
        assertThat(m.classes()).extracting(AbcClass::accounts).containsExactly(1, 1, 1);
        assertThat(m.classes().get(0).revenueShare()).isCloseTo(0.9, EXACT);
        assertThat(m.paretoAccountShare()).isCloseTo(1 / 3.0, EXACT);
        assertThat(m.top20Share()).isCloseTo(0.9, EXACT);
        assertThat(m.hhi()).isCloseTo(8100 + 36 + 16, within(1e-9));
        assertThat(m.band()).isEqualTo(ConcentrationBand.HIGH);
    }

    @Test
    void twoClassPresetHasOnlyAAndB() {
        AbcThresholds twoClasses = AbcThresholds.PRESETS.get(2);
        assertThat(twoClasses.label()).isEqualTo("80/20");
        PortfolioAnalysis a = analyze(fiveAccounts(), AnalysisRequest.of(PeriodSpec.year(2024))
                .withThresholds(twoClasses));
        assertThat(classes(a.curve())).containsExactly("A", "A", "A", "B", "B");
        assertThat(a.metrics().classes()).extracting(AbcClass::name).containsExactly("A", "B");
        assertThat(a.metrics().classes().get(1).revenue()).isEqualByComparingTo("15");
    }

    @Test
    void presetsClassifyByTheShareBeforeEachAccount() {
        // before each of the five accounts: 0 .50 .70 .85 .95
        assertThat(classesWith("70,20,10")).containsExactly("A", "A", "B", "B", "C"); // .70 is not below 70 %
        assertThat(classesWith("75,25")).containsExactly("A", "A", "A", "B", "B");
        assertThat(classesWith("70,30")).containsExactly("A", "A", "B", "B", "B");
    }

    private static List<String> classesWith(String thresholds) {
        return classes(analyze(fiveAccounts(), AnalysisRequest.of(PeriodSpec.year(2024))
                .withThresholds(AbcThresholds.parse(thresholds))).curve());
    }

    @Test
    void customThresholdsMoveTheBoundaries() {
        PortfolioAnalysis a = analyze(fiveAccounts(), AnalysisRequest.of(PeriodSpec.year(2024))
                .withThresholds(AbcThresholds.parse("50, 35, 15")));
        // before each account 0 .50 .70 .85 .95 against 50 % and 85 %
        assertThat(classes(a.curve())).containsExactly("A", "B", "B", "C", "C");
    }

    @Test
    void concentrationBandsFollowTheHhiBoundaries() {
        assertThat(ConcentrationBand.of(1499.99)).isEqualTo(ConcentrationBand.UNCONCENTRATED);
        assertThat(ConcentrationBand.of(1500)).isEqualTo(ConcentrationBand.MODERATE);
        assertThat(ConcentrationBand.of(2500)).isEqualTo(ConcentrationBand.MODERATE);
        assertThat(ConcentrationBand.of(2500.01)).isEqualTo(ConcentrationBand.HIGH);
        assertThat(ConcentrationBand.of(Double.NaN)).isNull();
    }

    static List<Double> cumulative(ParetoCurve curve) {
        List<Double> result = new ArrayList<>();
        for (int r = 0; r < curve.size(); r++) {
            result.add(Math.round(curve.cumulativeShare(r) * 1e12) / 1e12);
        }
        return result;
    }

    static List<String> classes(ParetoCurve curve) {
        List<String> result = new ArrayList<>();
        for (int r = 0; r < curve.size(); r++) {
            result.add(curve.abcClass(r));
        }
        return result;
    }

    static List<String> ids(ParetoCurve curve) {
        List<String> result = new ArrayList<>();
        for (int r = 0; r < curve.size(); r++) {
            result.add(curve.account(r).externalId());
        }
        return result;
    }
}
