package org.kamworkbench.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.KeyAccountStatus;
import org.kamworkbench.service.criteria.KeyAccountStatus.State;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Texts;

class AccountStandingTextTest {
    private final Texts texts = TestWorkspaces.english();

    @Test
    void aScoredAccountShowsQuadrantScoreAndWhetherItsDesignationAgrees() {
        Designation key = new Designation(1, DesignationStatus.KEY, "top client", LocalDate.of(2026, 1, 5), "Ann");
        assertThat(AccountPageViewModel.standingText(new KeyAccountStatus(State.SCORED, "KAM 2025", 2,
                Quadrant.STRATEGIC, 80, 60, 71.6, 3, List.of(), key), texts))
                .isEqualTo("Strategic \u00b7 score 72 \u00b7 designated Key account");
        assertThat(AccountPageViewModel.standingText(new KeyAccountStatus(State.SCORED, "KAM 2025", 2,
                Quadrant.DEVELOPMENT, 80, 30, 55, 9, List.of(), key), texts))
                .isEqualTo("Development \u00b7 score 55 \u00b7 designated Key account, unlike the matrix");
    }

    @Test
    void unscoredAccountsSayWhyOrNothing() {
        assertThat(AccountPageViewModel.standingText(new KeyAccountStatus(State.INCOMPLETE, "KAM 2025", 2, null,
                0, 0, 0, 0, List.of(org.kamworkbench.service.message.Sentence.of("criteria.missing.rating", "Fit")), null), texts)).isEqualTo("Not scored: ratings missing");
        assertThat(AccountPageViewModel.standingText(new KeyAccountStatus(State.NO_CRITERIA, null, 0, null,
                0, 0, 0, 0, List.of(), null), texts)).isEmpty();
    }
}
