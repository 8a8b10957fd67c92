package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.MemoryKeyAccounts;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/** The criteria editor's state without a toolkit: what is left to assign, live re-ranking, saving versions. */
class KeyAccountsViewModelTest {
    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final MemoryKeyAccounts keys = new MemoryKeyAccounts();
    private final KeyAccountServices service = TestWorkspaces.keyAccounts(ws, keys);
    private int changes;

    /** A: potential 5, fit 1, trust 3; B: potential 2, fit 5, trust 3. Potential 30, fit 20 (att.), trust 50. */
    private KeyAccountsViewModel model() {
        for (String id : List.of("A", "B")) {
            ws.accounts.add(new Account(ws.accounts.size() + 1, id, "Name " + id, null, null, null, null, null, null,
                    "EUR", null, null, null, null));
        }
        rate(1, "Potential", 5);
        rate(1, "Fit", 1);
        rate(2, "Potential", 2);
        rate(2, "Fit", 5);
        rate(1, "Trust", 3);
        rate(2, "Trust", 3);
        service.criteriaSets().save(new CriteriaSet("Test", 0, null, 50, 12, 12, List.of(
                Criterion.manual("Potential", Axis.ATTRACTIVENESS, 30, 5),
                Criterion.manual("Fit", Axis.ATTRACTIVENESS, 20, 5),
                Criterion.manual("Trust", Axis.STRENGTH, 50, 5))));
        KeyAccountsViewModel model = new KeyAccountsViewModel(service, Background.DIRECT, TestWorkspaces.english(),
                () -> changes++);
        model.refresh();
        return model;
    }

    private void rate(long account, String criterion, int level) {
        keys.saveAll(List.of(new Rating(account, criterion, level, LocalDate.now(), "T", "")));
    }

    @Test
    void theDraftStartsAsTheSavedSetAndRanksLive() {
        KeyAccountsViewModel model = model();
        assertThat(model.savedInfoProperty().get()).contains("Test").contains("version 1")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").containsPattern("review due \\d{1,2}/\\d{1,2}/\\d{4}");
        assertThat(model.editor().remainingProperty().get()).isZero();
        assertThat(model.editor().canSaveProperty().get()).isTrue();
        // A: attractiveness (30·1 + 0)/50 = 60, B: (30·0.25 + 20·1)/50 = 55
        assertThat(model.ranking()).extracting(r -> r.account().externalId()).containsExactly("A", "B");
        assertThat(model.ranking().get(0).attractiveness()).isEqualTo(60.0);

        model.editor().criteria().get(1).weightProperty().set(40); // Fit 20 → 40: B 27.5/70·100 = 39.3+... re-ranks
        assertThat(model.editor().remainingProperty().get()).isEqualTo(-20.0);
        assertThat(model.editor().canSaveProperty().get()).isFalse();
        assertThat(model.editor().problemsProperty().get()).contains("The weights add up to 120");
        assertThat(model.ranking()).extracting(r -> r.account().externalId()).containsExactly("B", "A");
        ScoreRow a = model.ranking().get(1);
        // A: (30·1 + 40·0)/70 = 42.9 < 50: it left Strategic, highlighted against the saved ranking
        assertThat(a.quadrant()).isEqualTo(Quadrant.MAINTAIN);
        assertThat(a.savedQuadrant()).isEqualTo(Quadrant.STRATEGIC);
        assertThat(a.quadrantChanged()).isTrue();
        assertThat(a.rankChange()).isEqualTo(-1);
    }

    @Test
    void savingMakesVersion2AndListsTheMovers() {
        KeyAccountsViewModel model = model();
        model.editor().criteria().get(0).weightProperty().set(10);
        model.editor().criteria().get(1).weightProperty().set(40);
        assertThat(model.editor().canSaveProperty().get()).isTrue();
        model.save();
        assertThat(keys.versions("Test")).hasSize(2);
        assertThat(model.savedProperty().get().version()).isEqualTo(2);
        assertThat(model.editor().dirtyProperty().get()).isFalse();
        assertThat(changes).isEqualTo(1);
        assertThat(model.movers()).extracting(m -> m.account().externalId()).containsExactly("A");
        assertThat(model.movers().get(0).reasons()).isNotEmpty();
    }

    @Test
    void sensitivityAndTemplatesWorkOnTheDraft() {
        KeyAccountsViewModel model = model();
        model.computeSensitivity();
        assertThat(model.sensitivity()).hasSize(6);
        model.applyTemplate(org.kamworkbench.service.criteria.CriteriaTemplates.REVENUE_FIRST);
        assertThat(model.editor().criteria()).hasSize(3);
        assertThat(model.editor().dirtyProperty().get()).isTrue();
        model.resetDraft();
        assertThat(model.editor().criteria()).extracting(r -> r.nameProperty().get())
                .containsExactly("Potential", "Fit", "Trust");
    }

    @Test
    void thresholdsThatAreNotNumbersAreASentence() {
        KeyAccountsViewModel model = model();
        CriterionRow trust = model.editor().criteria().get(2);
        trust.sourceProperty().set(org.kamworkbench.domain.CriterionSource.EMPLOYEES);
        trust.thresholdsProperty().set("10; lots");
        assertThat(model.editor().problemsProperty().get()).isEqualTo("Criterion 'Trust': the threshold 'lots' is not a "
                + "number (write it like 10000.5, separate thresholds with ;).");
        assertThat(model.editor().canSaveProperty().get()).isFalse();
    }
}
