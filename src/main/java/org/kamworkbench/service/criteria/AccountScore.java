package org.kamworkbench.service.criteria;

import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.message.Sentence;

/**
 * An account scored against a criteria set. {@code levels} holds the level per criterion in the
 * set's order (0 = missing). An incomplete account ({@code missing} not empty) has NaN scores and
 * no quadrant: it is never scored as if a missing rating were the lowest level.
 *
 * @param missing one short reason per criterion without a level ("no rating for 'Cultural fit'"), a sentence of the service bundle
 */
public record AccountScore(Account account, double attractiveness, double strength, double score, Quadrant quadrant,
                           int[] levels, List<Sentence> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
