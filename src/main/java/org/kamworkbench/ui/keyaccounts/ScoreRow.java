package org.kamworkbench.ui.keyaccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;

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

    /** The ranked accounts of {@code scored} on {@code data}, each with its rank and quadrant under {@code saved} (or null). */
    static List<ScoreRow> ranked(Scoreboard scored, ScoringData data, Scoreboard saved) {
        List<ScoreRow> rows = new ArrayList<>(scored.ranked().size());
        int rank = 1;
        for (AccountScore s : scored.ranked()) {
            AccountScore before = saved == null ? null : saved.of(s.account().id());
            rows.add(new ScoreRow(rank++, s.account(), s.attractiveness(), s.strength(), s.score(), s.quadrant(),
                    data.revenue(s.account()), data.abcClass(s.account()),
                    saved == null ? 0 : saved.rank(s.account().id()),
                    before == null ? null : before.quadrant()));
        }
        return rows;
    }
}
