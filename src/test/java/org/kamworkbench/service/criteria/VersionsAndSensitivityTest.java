package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kamworkbench.service.criteria.KeyAccountFixture.data;
import static org.kamworkbench.service.criteria.KeyAccountFixture.manual;
import static org.kamworkbench.service.criteria.KeyAccountFixture.set;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.Quadrant;

/** Saved versions, the accounts that change quadrant between two of them and why, and the ±10 sensitivity. */
class VersionsAndSensitivityTest {
    /** Version 1 with Potential 30 → 10 and Fit 20 → 40. */
    private static CriteriaSet version2() {
        return set("Test", manual("Potential", Axis.ATTRACTIVENESS, 10), manual("Fit", Axis.ATTRACTIVENESS, 40),
                data("Our revenue", Axis.STRENGTH, 50, CriterionSource.REVENUE, 100, 200, 300, 400));
    }

    @Test
    void everySaveMakesANewDatedVersion() {
        KeyAccountServices service = ScoringTest.portfolio().service();
        CriteriaSet v1 = service.criteriaSets().save(ScoringTest.version1());
        CriteriaSet v2 = service.criteriaSets().save(version2());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.savedAt().toLocalDate()).isEqualTo(service.criteriaSets().today());
        assertThat(service.criteriaSets().versions("Test")).extracting(CriteriaSet::version).containsExactly(1, 2);
        assertThat(service.criteriaSets().currentSet()).contains(v2);
        assertThat(service.criteriaSets().previousVersion(v2)).contains(v1);
    }

    @Test
    void theComparisonListsTheMoversAndTheCriteriaThatMovedThem() {
        KeyAccountFixture f = ScoringTest.portfolio();
        KeyAccountServices service = f.service();
        CriteriaSet v1 = service.criteriaSets().save(ScoringTest.version1());
        CriteriaSet v2 = service.criteriaSets().save(version2());
        VersionComparison diff = service.scoring().compare(service.scoring().load(null), v1, v2);
        assertThat(diff.setChanges()).map(Object::toString).containsExactly("'Potential' weight 30 → 10", "'Fit' weight 20 → 40");
        // X1: attractiveness (30·1 + 20·0)/50 = 60 → (10·1 + 40·0)/50 = 20: Strategic → Maintain
        assertThat(diff.moves()).singleElement().satisfies(m -> {
            assertThat(m.account().externalId()).isEqualTo("X1");
            assertThat(m.from()).isEqualTo(Quadrant.STRATEGIC);
            assertThat(m.to()).isEqualTo(Quadrant.MAINTAIN);
            assertThat(m.attractivenessBefore()).isEqualTo(60.0);
            assertThat(m.attractivenessAfter()).isEqualTo(20.0);
            assertThat(m.reasons()).map(Object::toString).containsExactly("Potential: attractiveness −40.0 points");
            assertThat(m.reasons()).map(r -> r.text(java.util.Locale.ITALY))
                    .containsExactly("Potential: attrattività −40,0 punti");
        });
    }

    @Test
    void moreWeightOnOneCriterionRescalesTheOthersToKeep100() {
        CriteriaSet moved = Sensitivity.withWeight(ScoringTest.version1(), 0, 40);
        assertThat(moved.criteria()).extracting(Criterion::weight).containsExactly(40.0, 20 * 60 / 70.0, 50 * 60 / 70.0);
        assertThat(moved.criteria().stream().mapToDouble(Criterion::weight).sum()).isCloseTo(100, within(1e-9));
    }

    @Test
    void sensitivityNamesTheAccountsThatChangeQuadrant() {
        KeyAccountFixture f = ScoringTest.portfolio();
        KeyAccountServices service = f.service();
        List<Sensitivity.Case> cases = service.scoring().sensitivity(service.scoring().load(null),
                ScoringTest.version1());
        assertThat(cases).hasSize(6);
        // Potential 30 → 20 (Fit 20 → 26.7, revenue 50 → 53.3): X1's attractiveness 20/46.7 = 42.9 < 50
        Sensitivity.Case lessPotential = cases.get(0);
        assertThat(lessPotential.criterion()).isEqualTo("Potential");
        assertThat(lessPotential.delta()).isEqualTo(-10);
        assertThat(lessPotential.moves()).extracting(m -> m.account().externalId()).containsExactly("X1");
    }
}
