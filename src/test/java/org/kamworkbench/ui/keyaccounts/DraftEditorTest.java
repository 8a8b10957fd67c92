package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.ui.TestWorkspaces;

/** The draft of a criteria set without a toolkit: what it hands on to be scored, what is left, what blocks saving. */
class DraftEditorTest {
    private final List<CriteriaSet> scored = new ArrayList<>();
    private final DraftEditor editor = new DraftEditor(TestWorkspaces.english(), scored::add);

    private static CriteriaSet set() {
        return new CriteriaSet("Test", 0, null, 40, 6, 18, List.of(
                Criterion.manual("Potential", Axis.ATTRACTIVENESS, 30, 5),
                Criterion.manual("Fit", Axis.ATTRACTIVENESS, 20, 5),
                Criterion.manual("Trust", Axis.STRENGTH, 50, 5)));
    }

    @Test
    void loadingASetHandsItOnOnceWithItsFields() {
        editor.load(set());
        assertThat(scored).hasSize(1); // not once per field: the fields change while loading
        CriteriaSet draft = scored.get(0);
        assertThat(draft.name()).isEqualTo("Test");
        assertThat(draft.quadrantCut()).isEqualTo(40);
        assertThat(draft.reviewIntervalMonths()).isEqualTo(6);
        assertThat(draft.keyReviewMonths()).isEqualTo(18);
        assertThat(draft.criteria()).extracting(Criterion::name).containsExactly("Potential", "Fit", "Trust");
        assertThat(editor.remainingProperty().get()).isZero();
        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.problemsProperty().get()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isTrue(); // the caller says whether the loaded set is saved
    }

    @Test
    void weightsThatDoNotAddUpTo100AreSaidAndBlockSaving() {
        editor.load(set());
        editor.criteria().get(0).weightProperty().set(10); // 10 + 20 + 50 = 80
        assertThat(editor.remainingProperty().get()).isEqualTo(20.0);
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.problemsProperty().get()).contains("The weights add up to 80");
        assertThat(scored).hasSize(2); // still scored live while it cannot be saved
        assertThat(scored.get(1).criteria().get(0).weight()).isEqualTo(10.0);
    }

    @Test
    void aDraftWithoutWeightIsWeightlessAndARefusalBlocksSaving() {
        editor.load(set());
        assertThat(editor.weightless()).isFalse();
        editor.criteria().forEach(r -> r.weightProperty().set(0));
        assertThat(editor.weightless()).isTrue();
        assertThat(editor.remainingProperty().get()).isEqualTo(100.0);

        editor.load(set());
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.refuse("The set cannot be scored.");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.problemsProperty().get()).isEqualTo("The set cannot be scored.");
    }

    @Test
    void anAddedCriterionIsManualWithoutWeightAndCanBeRemoved() {
        editor.load(set());
        editor.addCriterion();
        assertThat(editor.criteria()).hasSize(4);
        CriteriaSet draft = editor.toSet().orElseThrow();
        Criterion added = draft.criteria().get(3);
        assertThat(added.name()).isEqualTo("Criterion 4");
        assertThat(added.weight()).isZero();
        assertThat(added.source().manual()).isTrue();
        editor.removeCriterion(editor.criteria().get(3));
        assertThat(editor.toSet().orElseThrow().criteria()).extracting(Criterion::name)
                .containsExactly("Potential", "Fit", "Trust");
    }

    @Test
    void aDraftTakesCriteriaUpToEightAndNoMore() {
        editor.load(set());
        for (int i = 0; i < 5; i++) {
            assertThat(editor.canAddProperty().get()).isTrue();
            editor.addCriterion();
        }
        assertThat(editor.criteria()).hasSize(8);
        assertThat(editor.canAddProperty().get()).isFalse();
        editor.addCriterion();
        assertThat(editor.criteria()).hasSize(8);
        editor.removeCriterion(editor.criteria().get(7));
        assertThat(editor.canAddProperty().get()).isTrue();
    }
}
