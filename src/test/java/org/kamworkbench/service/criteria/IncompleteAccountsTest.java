package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamworkbench.service.criteria.KeyAccountFixture.data;
import static org.kamworkbench.service.criteria.KeyAccountFixture.manual;
import static org.kamworkbench.service.criteria.KeyAccountFixture.set;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.EstimatedSpend;

/**
 * Issue 13 §1: templates propose only the data criteria whose data the workspace holds; incomplete
 * accounts say why, counted per criterion; the rating work list is exactly the accounts and criteria
 * that ratings can complete. Never scored as 0.
 */
class IncompleteAccountsTest {
    private static KeyAccountFixture twoYears() {
        return new KeyAccountFixture()
                .account("A1").revenue("A1", 2023, 1, "100").revenue("A1", 2024, 6, "120")
                .account("A2").revenue("A2", 2024, 6, "300")
                .account("A3").revenue("A3", 2023, 1, "50").revenue("A3", 2024, 6, "40");
    }

    @Test
    void theKamTemplateLeavesOutShareOfWalletWithoutSpendAndGivesItsWeightToTheStrengthAxis() {
        ScoringData data = twoYears().service().scoring().load(2024);
        assertThat(data.hasData(CriterionSource.SHARE_OF_WALLET)).isFalse();
        assertThat(data.hasData(CriterionSource.REVENUE)).isTrue();
        assertThat(data.hasData(CriterionSource.GROWTH)).isTrue();
        CriteriaSet fitted = CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO, data::hasData);
        assertThat(fitted.criteria()).extracting(Criterion::name).containsExactly("Potential", "Growth",
                "Profitability", "Cultural fit", "Strategic fit", "Our revenue", "Relationship history");
        // strength had Our revenue 15, Share of wallet 10, Relationship history 10: the 10 points go 15:10 → 6 + 4
        assertThat(fitted.criterion("Our revenue").weight()).isEqualTo(21.0);
        assertThat(fitted.criterion("Relationship history").weight()).isEqualTo(14.0);
        assertThat(fitted.criterion("Potential").weight()).isEqualTo(20.0); // attractiveness untouched
        assertThat(fitted.criteria().stream().mapToDouble(Criterion::weight).sum()).isEqualTo(100.0);
        assertThat(CriteriaValidator.problems(fitted)).isEmpty();
    }

    @Test
    void withAnEstimatedSpendTheTemplateKeepsShareOfWallet() {
        KeyAccountFixture f = twoYears();
        f.keys.saveEstimatedSpend(List.of(new EstimatedSpend(f.id("A1"), new BigDecimal("1000"), "EUR")));
        ScoringData data = f.service().scoring().load(2024);
        assertThat(data.hasData(CriterionSource.SHARE_OF_WALLET)).isTrue();
        CriteriaSet fitted = CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO, data::hasData);
        assertThat(fitted).isEqualTo(CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO));
    }

    @Test
    void aTemplateThatWouldFallBelowThreeCriteriaKeepsTheCriterionAsAManualRating() {
        ScoringData data = twoYears().service().scoring().load(2024); // no annual revenue on any account
        assertThat(data.hasData(CriterionSource.ANNUAL_REVENUE)).isFalse();
        CriteriaSet fitted = CriteriaTemplates.template(CriteriaTemplates.REVENUE_FIRST, data::hasData);
        assertThat(fitted.criteria()).hasSize(3);
        Criterion size = fitted.criterion("Client size");
        assertThat(size.source()).isEqualTo(CriterionSource.MANUAL);
        assertThat(size.weight()).isEqualTo(30.0);
        assertThat(CriteriaValidator.problems(fitted)).isEmpty();
    }

    @Test
    void weightsAreSharedInWholePointsByLargestRemainder() {
        // 10 points over 1 : 1 : 1 → 3.33 each → 3, 3, 3 and the last point to the first on the tie
        List<Criterion> shared = CriteriaTemplates.share(List.of(manual("a", Axis.STRENGTH, 10),
                manual("b", Axis.STRENGTH, 10), manual("c", Axis.STRENGTH, 10), manual("d", Axis.ATTRACTIVENESS, 60)),
                manual("gone", Axis.STRENGTH, 10));
        assertThat(shared).extracting(Criterion::weight).containsExactly(14.0, 13.0, 13.0, 60.0);
        // no criterion left on the axis: all criteria share, 7 points over 60 : 30 → 4.67, 2.33 → 5, 2
        List<Criterion> all = CriteriaTemplates.share(List.of(manual("x", Axis.ATTRACTIVENESS, 60),
                manual("y", Axis.ATTRACTIVENESS, 30)), manual("gone", Axis.STRENGTH, 7));
        assertThat(all).extracting(Criterion::weight).containsExactly(65.0, 32.0);
    }

    @Test
    void incompleteAccountsAreCountedPerCriterionWithTheirReasonAndNeverScored() {
        KeyAccountFixture f = twoYears();
        f.keys.saveEstimatedSpend(List.of(new EstimatedSpend(f.id("A1"), new BigDecimal("1000"), "EUR")));
        f.rate("A1", "Fit", 4).rate("A2", "Fit", 2);
        CriteriaSet set = set("T", manual("Fit", Axis.ATTRACTIVENESS, 40), manual("Culture", Axis.ATTRACTIVENESS, 10),
                data("Wallet", Axis.STRENGTH, 50, CriterionSource.SHARE_OF_WALLET, 5, 15, 30, 50));
        f.rate("A1", "Culture", 3);
        Scoreboard board = f.service().scoring().load(2024).score(set);
        // A1: everything there (120 / 1000 = 12 % → level 2); A2: no Culture, no spend; A3: no Fit, Culture, spend
        assertThat(board.ranked()).extracting(s -> s.account().externalId()).containsExactly("A1");
        assertThat(board.incomplete()).extracting(s -> s.account().externalId()).containsExactly("A2", "A3");
        assertThat(board.incomplete()).allMatch(s -> Double.isNaN(s.score()) && s.quadrant() == null);
        assertThat(board.missingCounts()).extracting(c -> c.criterion().name(), MissingCount::accounts,
                        MissingCount::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fit", 1, MissingData.NO_RATING),
                        org.assertj.core.groups.Tuple.tuple("Culture", 2, MissingData.NO_RATING),
                        org.assertj.core.groups.Tuple.tuple("Wallet", 2, MissingData.NO_ESTIMATED_SPEND));
        RatingTodo todo = board.toRate();
        assertThat(todo.accountIds()).isEqualTo(Set.of(f.id("A2"), f.id("A3")));
        assertThat(todo.criteria()).containsExactly("Fit", "Culture");
    }

    @Test
    void accountsMissingOnlyDataAreNotOnTheRatingWorkList() {
        KeyAccountFixture f = twoYears();
        f.rate("A1", "Fit", 4).rate("A2", "Fit", 2).rate("A3", "Fit", 1);
        CriteriaSet set = set("T", manual("Fit", Axis.ATTRACTIVENESS, 50),
                data("Growth", Axis.ATTRACTIVENESS, 10, CriterionSource.GROWTH, -10, 0, 5, 15),
                data("Our revenue", Axis.STRENGTH, 40, CriterionSource.REVENUE, 100, 200, 300, 400));
        Scoreboard board = f.service().scoring().load(2024).score(set);
        // A2 had no revenue in 2023: no growth; it cannot be completed by rating
        assertThat(board.incomplete()).extracting(s -> s.account().externalId()).containsExactly("A2");
        assertThat(board.missingCounts()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(MissingData.NO_GROWTH);
            assertThat(c.accounts()).isEqualTo(1);
        });
        assertThat(board.toRate().isEmpty()).isTrue();
    }
}
