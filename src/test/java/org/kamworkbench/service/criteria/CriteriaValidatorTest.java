package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.CriteriaSet;

/** Every rule of a criteria set, each broken rule a sentence. */
class CriteriaValidatorTest {
    private static CriterionDraft manual(String name, String axis, double weight) {
        return new CriterionDraft(name, null, axis, weight, 5, "manual", null, null, null, null);
    }

    private static List<String> problems(CriteriaDraft draft) {
        try {
            CriteriaValidator.toSet(draft);
            return List.of();
        } catch (CriteriaInputException e) {
            return e.problems();
        }
    }

    @Test
    void aGoodDraftBecomesASetWithDefaults() {
        CriteriaSet set = CriteriaValidator.toSet(new CriteriaDraft("KAM", null, null, null, List.of(
                manual("A", "attractiveness", 30), manual("B", "attractiveness", 30),
                new CriterionDraft("Revenue", null, "strength", 40.0, null, "revenue",
                        List.of(new BigDecimal("10"), new BigDecimal("20")), null, null, null))));
        assertThat(set.quadrantCut()).isEqualTo(50);
        assertThat(set.reviewIntervalMonths()).isEqualTo(12);
        assertThat(set.criteria().get(2).scale()).isEqualTo(5);
        assertThat(set.criteria().get(2).anchors()).hasSize(5);
    }

    @Test
    void twoOrNineCriteriaAreRefused() {
        assertThat(problems(new CriteriaDraft("S", null, null, null, List.of(manual("A", "attractiveness", 50),
                manual("B", "strength", 50))))).contains("A criteria set needs 3 to 8 criteria; this one has 2.");
        List<CriterionDraft> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(manual("C" + i, i % 2 == 0 ? "attractiveness" : "strength", i == 0 ? 20 : 10));
        }
        assertThat(problems(new CriteriaDraft("S", null, null, null, nine)))
                .contains("A criteria set needs 3 to 8 criteria; this one has 9.");
    }

    @Test
    void weightsNotAddingUpTo100AndAnUnknownSourceAreEachNamed() {
        List<String> problems = problems(new CriteriaDraft("S", null, null, null, List.of(
                manual("A", "attractiveness", 30), manual("B", "strength", 30),
                new CriterionDraft("C", null, "strength", 30.0, 5, "magic", null, null, null, null))));
        assertThat(problems).containsExactly(
                "Criterion 'C': unknown source 'magic' (use manual, revenue, growth, annualRevenue, employees or "
                        + "shareOfWallet).",
                "The weights add up to 90; they must add up to 100.");
    }

    @Test
    void thresholdsMustAscendAndFitTheScale() {
        List<String> problems = problems(new CriteriaDraft("S", null, null, null, List.of(
                manual("A", "attractiveness", 30), manual("B", "strength", 30),
                new CriterionDraft("R", null, "strength", 40.0, 5, "revenue",
                        List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN), null, null, null))));
        assertThat(problems).containsExactly("Criterion 'R': the thresholds must ascend, but 10 follows 10.");
        assertThat(problems(new CriteriaDraft("S", null, null, null, List.of(
                manual("A", "attractiveness", 30), manual("B", "strength", 30),
                new CriterionDraft("R", null, "strength", 40.0, 5, "employees", null, null, null, null)))))
                .containsExactly("Criterion 'R': a employees criterion needs ascending thresholds (or quantiles).");
    }

    @Test
    void eachAxisNeedsACriterionAndTheScaleIs5Or10() {
        assertThatThrownBy(() -> CriteriaValidator.toSet(new CriteriaDraft("S", 50.0, null, null, List.of(
                manual("A", "attractiveness", 30), manual("B", "attractiveness", 30),
                new CriterionDraft("C", null, "attractiveness", 40.0, 7, "manual", null, null, null, null)))))
                .isInstanceOfSatisfying(CriteriaInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "Criterion 'C': the scale 7 is not supported (use 5 or 10 levels).",
                        "No criterion measures strength: the matrix needs at least one per axis."));
    }

    @Test
    void theTemplatesAreValid() {
        for (String name : CriteriaTemplates.names()) {
            assertThat(CriteriaValidator.problems(CriteriaTemplates.template(name))).as(name).isEmpty();
        }
    }
}
