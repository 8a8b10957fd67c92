package org.kamworkbench.ui.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.KeyAccountFixture;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/**
 * Issue 13 §5: designations sorted by score, quick selections (all Strategic, Development with a score
 * of at least X), one reason for many accounts, and the status box showing the current status.
 */
class BulkDesignationTest {
    // Att (attractiveness 50) and Str (strength 50): S1 5/5 → 100, S2 4/3 → 75/50 = 62.5,
    // D1 5/1 → 100/0 = 50, D2 3/2 → 50/25 = 37.5, X rated on Att only: incomplete
    private final KeyAccountFixture f = new KeyAccountFixture()
            .account("D2").rate("D2", "Att", 3).rate("D2", "Str", 2)
            .account("S2").rate("S2", "Att", 4).rate("S2", "Str", 3)
            .account("X").rate("X", "Att", 1)
            .account("S1").rate("S1", "Att", 5).rate("S1", "Str", 5)
            .account("D1").rate("D1", "Att", 5).rate("D1", "Str", 1);
    private final KeyAccountServices service = f.service();
    private final DesignationsViewModel model = new DesignationsViewModel(service.designations(), service.effort(),
            Background.DIRECT,
            TestWorkspaces.english());

    private void show() {
        Scoreboard board = service.scoring().load(2024).score(KeyAccountFixture.set("T",
                KeyAccountFixture.manual("Att", Axis.ATTRACTIVENESS, 50),
                KeyAccountFixture.manual("Str", Axis.STRENGTH, 50)));
        model.show(f.store.accounts, board);
    }

    @Test
    void effortIsEnteredForTheScoredYearUntilTheUserChoosesAnother() {
        show();
        assertThat(model.effortYearProperty().get()).isEqualTo(2024);
        model.effortYearProperty().set(2023);
        show(); // the same scores again: the user's choice stays
        assertThat(model.effortYearProperty().get()).isEqualTo(2023);
    }

    @Test
    void rowsAreSortedByScoreWithUnscoredAccountsLast() {
        show();
        assertThat(model.rows()).extracting(r -> r.account().externalId()).containsExactly("S1", "S2", "D1", "D2",
                "X");
        assertThat(model.rows()).extracting(DesignationRow::score).startsWith(100.0, 62.5, 50.0, 37.5);
    }

    @Test
    void quickSelectionsPickAQuadrantAboveAScore() {
        show();
        assertThat(model.matching(Quadrant.STRATEGIC, (Double) null)).extracting(r -> r.account().externalId())
                .containsExactly("S1", "S2");
        assertThat(model.matching(Quadrant.DEVELOPMENT, 40.0)).extracting(r -> r.account().externalId())
                .containsExactly("D1");
        assertThat(model.matching(Quadrant.DEVELOPMENT, 37.5)).hasSize(2); // "at least": 37.5 is in
        assertThat(model.matching(Quadrant.MAINTAIN, (Double) null)).isEmpty();
        assertThat(model.matching(Quadrant.DEVELOPMENT, "40")).extracting(r -> r.account().externalId())
                .containsExactly("D1");
        assertThat(model.matching(Quadrant.DEVELOPMENT, "lots")).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("The minimum score must be a number from 0 to 100.");
    }

    @Test
    void manyAccountsAreDesignatedWithOneReasonAndTheBoxShowsTheCurrentStatus() {
        show();
        model.selection().setAll(model.matching(Quadrant.STRATEGIC, (Double) null));
        model.statusProperty().set(DesignationStatus.KEY);
        model.reasonProperty().set("Top of the 2024 review");
        model.designate(this::show);
        assertThat(service.designations().history()).extracting(Designation::accountId, Designation::status,
                Designation::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(f.id("S1"), DesignationStatus.KEY, "Top of the 2024 review"),
                        org.assertj.core.groups.Tuple.tuple(f.id("S2"), DesignationStatus.KEY, "Top of the 2024 review"));
        assertThat(model.messageProperty().get()).isEqualTo("2 accounts are now: Key account.");
        // the box follows the selected account: its designation, else its quadrant's status
        model.statusProperty().set(DesignationStatus.OPPORTUNISTIC);
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.statusProperty().get()).isEqualTo(DesignationStatus.KEY);
        model.selectedProperty().set(model.rows().get(2));
        assertThat(model.statusProperty().get()).isEqualTo(DesignationStatus.DEVELOPMENT);
    }

    @Test
    void withoutASelectionNothingIsDesignated() {
        show();
        model.reasonProperty().set("why");
        model.designate(() -> { });
        assertThat(service.designations().history()).isEmpty();
        assertThat(model.messageProperty().get()).isNotEmpty();
    }
}
