package org.kamworkbench.ui.keyaccounts;

import java.math.BigDecimal;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Quadrant;

/**
 * One ranked account as the lists and the matrix show it, with its rank and quadrant under the
 * saved set (0 / null when it had none) so that changes can be highlighted.
 */
public record ScoreRow(int rank, Account account, double attractiveness, double strength, double score,
                       Quadrant quadrant, BigDecimal revenue, String abcClass, int savedRank, Quadrant savedQuadrant) {

    /** Places moved up (positive) or down (negative) against the saved set; 0 when new or unchanged. */
    public int rankChange() {
        return savedRank == 0 ? 0 : savedRank - rank;
    }

    public boolean quadrantChanged() {
        return savedQuadrant != null && savedQuadrant != quadrant;
    }
}
