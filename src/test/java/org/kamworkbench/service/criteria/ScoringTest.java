package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kamworkbench.service.criteria.KeyAccountFixture.data;
import static org.kamworkbench.service.criteria.KeyAccountFixture.manual;
import static org.kamworkbench.service.criteria.KeyAccountFixture.set;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.Quadrant;

/** Hand-computed scores and quadrants (ARCHITECTURE §4), threshold edges and incomplete accounts. */
class ScoringTest {
    /** Potential (att. 30), Fit (att. 20), Our revenue (strength 50, thresholds 100/200/300/400). */
    static CriteriaSet version1() {
        return set("Test", manual("Potential", Axis.ATTRACTIVENESS, 30), manual("Fit", Axis.ATTRACTIVENESS, 20),
                data("Our revenue", Axis.STRENGTH, 50, CriterionSource.REVENUE, 100, 200, 300, 400));
    }

    static KeyAccountFixture portfolio() {
        return new KeyAccountFixture()
                .account("X1").revenue("X1", 2024, 6, "250").rate("X1", "Potential", 5).rate("X1", "Fit", 1)
                .account("X2").revenue("X2", 2024, 6, "99.99").rate("X2", "Potential", 4).rate("X2", "Fit", 4)
                .account("X3").revenue("X3", 2024, 6, "400").rate("X3", "Potential", 1).rate("X3", "Fit", 2)
                .account("X4").rate("X4", "Potential", 3)
                .account("X5").revenue("X5", 2024, 3, "100").rate("X5", "Potential", 1).rate("X5", "Fit", 1);
    }

    @Test
    void scoresQuadrantsAndRankingAreTheHandComputedOnes() {
        KeyAccountFixture f = portfolio();
        Scoreboard board = f.service().scoring().load(null).score(version1());
        assertThat(board.year()).isEqualTo(2024);
        assertThat(board.ranked()).extracting(s -> s.account().externalId()).containsExactly("X1", "X3", "X2", "X5");
        AccountScore x1 = board.of(f.id("X1"));
        // attractiveness (30·4/4 + 20·0/4)/50·100 = 60; strength: 250 → level 3 → 50·2/4/50·100 = 50
        assertThat(x1.attractiveness()).isEqualTo(60.0);
        assertThat(x1.strength()).isEqualTo(50.0);
        assertThat(x1.score()).isEqualTo(55.0);
        assertThat(x1.quadrant()).isEqualTo(Quadrant.STRATEGIC); // 50 is "high": ≥ the cut
        AccountScore x2 = board.of(f.id("X2"));
        assertThat(x2.attractiveness()).isEqualTo(75.0);
        assertThat(x2.strength()).isEqualTo(0.0); // 99.99 is below the first threshold: level 1
        assertThat(x2.score()).isEqualTo(37.5);
        assertThat(x2.quadrant()).isEqualTo(Quadrant.DEVELOPMENT);
        AccountScore x3 = board.of(f.id("X3"));
        assertThat(x3.attractiveness()).isEqualTo(10.0);
        assertThat(x3.strength()).isEqualTo(100.0); // exactly the last threshold: the top level
        assertThat(x3.quadrant()).isEqualTo(Quadrant.MAINTAIN);
        AccountScore x5 = board.of(f.id("X5"));
        assertThat(x5.strength()).isEqualTo(25.0); // exactly 100: level 2
        assertThat(x5.score()).isEqualTo(12.5);
        assertThat(x5.quadrant()).isEqualTo(Quadrant.OPPORTUNISTIC);
        assertThat(board.rank(f.id("X3"))).isEqualTo(2); // ties with X1 at 55, after it by external id
    }

    @Test
    void aMissingRatingMakesTheAccountIncompleteNeverZero() {
        KeyAccountFixture f = portfolio();
        Scoreboard board = f.service().scoring().load(null).score(version1());
        assertThat(board.incomplete()).extracting(s -> s.account().externalId()).containsExactly("X4");
        AccountScore x4 = board.of(f.id("X4"));
        assertThat(x4.complete()).isFalse();
        assertThat(x4.score()).isNaN();
        assertThat(x4.quadrant()).isNull();
        assertThat(x4.missing()).map(Object::toString).containsExactly("no rating for 'Fit'");
        assertThat(x4.missing()).map(m -> m.text(java.util.Locale.ITALY)).containsExactly("nessuna valutazione per 'Fit'");
        assertThat(board.rank(f.id("X4"))).isZero();
    }

    @Test
    void aRatingOutsideTheCurrentScaleCountsAsMissing() {
        KeyAccountFixture f = portfolio().rate("X1", "Fit", 7);
        assertThat(f.service().scoring().load(null).score(version1()).of(f.id("X1")).complete()).isFalse();
    }

    @Test
    void levelsByThresholdsCountThresholdsAtOrBelowTheValue() {
        List<BigDecimal> t = List.of(new BigDecimal("10"), new BigDecimal("20"));
        assertThat(LevelMapping.byThresholds(t, new BigDecimal("9.9999"))).isEqualTo(1);
        assertThat(LevelMapping.byThresholds(t, new BigDecimal("10"))).isEqualTo(2);
        assertThat(LevelMapping.byThresholds(t, new BigDecimal("19.99"))).isEqualTo(2);
        assertThat(LevelMapping.byThresholds(t, new BigDecimal("20"))).isEqualTo(3);
        assertThat(LevelMapping.byThresholds(t, new BigDecimal("-5"))).isEqualTo(1);
    }

    @Test
    void quantilesSplitThePortfolioByRankAndTiesShareALevel() {
        assertThat(LevelMapping.byQuantiles(new double[]{50, 10, 40, 20, 30}, 5)).containsExactly(5, 1, 4, 2, 3);
        assertThat(LevelMapping.byQuantiles(new double[]{1, 1, 2, Double.NaN}, 5)).containsExactly(1, 1, 4, 0);
    }

    @Test
    void mixedScalesNormaliseEachCriterion() {
        // a 1–10 criterion at 10 and a 1–5 criterion at 1, equal weights: (1 + 0)/2 · 100 = 50
        var tenScale = org.kamworkbench.domain.Criterion.manual("A", Axis.ATTRACTIVENESS, 50, 10);
        var fiveScale = org.kamworkbench.domain.Criterion.manual("B", Axis.ATTRACTIVENESS, 50, 5);
        assertThat(Scorer.score(List.of(tenScale, fiveScale), new int[]{10, 1}, Axis.ATTRACTIVENESS)).isEqualTo(50.0);
    }

    @Test
    void dataCriteriaUseTheAccountsDataAndTheScoringYearsRate() {
        KeyAccountFixture f = new KeyAccountFixture()
                .account("US", "USD", "1000", 120L).revenue("US", 2023, 1, "10").revenue("US", 2024, 5, "15")
                .fx("USD", 2023, "0.5").fx("USD", 2024, "0.8")
                .account("EU", "EUR", "700", null).revenue("EU", 2024, 5, "30").revenue("EU", 2023, 1, "30");
        CriteriaSet set = set("Data", data("Size", Axis.ATTRACTIVENESS, 40, CriterionSource.ANNUAL_REVENUE, 600, 750),
                data("Growth", Axis.ATTRACTIVENESS, 20, CriterionSource.GROWTH, 0, 50),
                data("Revenue", Axis.STRENGTH, 40, CriterionSource.REVENUE, 12, 20));
        Scoreboard board = f.service().scoring().load(2024).score(set);
        AccountScore us = board.of(f.id("US"));
        // size 1000 USD × 0.8 = 800 → level 3; growth 15·0.8 / (10·0.5) − 1 = +140 % → level 3; revenue 12 → 2
        assertThat(us.levels()).containsExactly(3, 3, 2);
        AccountScore eu = board.of(f.id("EU"));
        assertThat(eu.levels()).containsExactly(2, 2, 3); // 700 → 2; growth 0 % → 2; 30 → 3
        assertThat(us.attractiveness()).isCloseTo((40 * 2 / 4.0 + 20 * 2 / 4.0) / 60 * 100, within(1e-12));
    }

    @Test
    void aMissingRateForTheClientsSizeIsAnErrorNamingCurrencyAndYear() {
        KeyAccountFixture f = new KeyAccountFixture().account("US", "USD", "1000", null).revenue("US", 2024, 5, "1")
                .fx("USD", 2024, "0.8");
        CriteriaSet set = set("Data", data("Size", Axis.ATTRACTIVENESS, 40, CriterionSource.ANNUAL_REVENUE, 600),
                manual("Fit", Axis.ATTRACTIVENESS, 20), manual("Trust", Axis.STRENGTH, 40));
        assertThatThrownBy(() -> f.service().scoring().load(2023).score(set)).isInstanceOf(CriteriaInputException.class)
                .hasMessageContaining("No FX rate for USD in 2023");
    }
}
